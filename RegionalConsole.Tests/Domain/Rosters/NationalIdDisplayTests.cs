using RegionalConsole.Domain;
using RegionalConsole.Domain.Rosters;

namespace RegionalConsole.Tests.Domain.Rosters;

public sealed class NationalIdDisplayTests
{
    [Fact]
    public void AdministratorsSeeTheWholeNationalId()
    {
        Assert.Equal("A123456789", NationalIdDisplay.For(ConsoleRole.Administrator, "A123456789"));
    }

    [Theory]
    [InlineData(ConsoleRole.Reviewer)]
    [InlineData(ConsoleRole.Supervisor)]
    public void ReviewersAndSupervisorsSeeItMasked(ConsoleRole role)
    {
        Assert.Equal("A12****789", NationalIdDisplay.For(role, "A123456789"));
    }
}
