using RegionalConsole.Domain.Administration;

namespace RegionalConsole.Tests.Domain.Administration;

public sealed class BootstrapAdministratorTests
{
    [Fact]
    public void TheConfiguredSubjectMatchesExactly()
    {
        var key = new BootstrapAdministrator("sub-Admin");

        Assert.True(key.Matches("sub-Admin", null));
        Assert.False(key.Matches("sub-admin", null));
    }

    [Fact]
    public void TheConfiguredEmailMatchesWhateverItsCase() =>
        Assert.True(new BootstrapAdministrator("Admin@MOE.edu.tw").Matches("sub-x", "admin@moe.edu.tw"));

    [Fact]
    public void AnotherIdentityDoesNotMatch() =>
        Assert.False(new BootstrapAdministrator("admin@moe.edu.tw").Matches("sub-x", "someone@moe.edu.tw"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AnEmptyKeyMatchesNobody(string? configured) =>
        Assert.False(new BootstrapAdministrator(configured).Matches("", ""));

    [Fact]
    public void OnceAnEnabledAdministratorExistsTheKeyGrantsNothing()
    {
        var key = new BootstrapAdministrator("admin@moe.edu.tw");

        Assert.True(key.Grants("sub-x", "admin@moe.edu.tw", enabledAdministratorExists: false));
        Assert.False(key.Grants("sub-x", "admin@moe.edu.tw", enabledAdministratorExists: true));
    }

    [Fact]
    public void TheUserNameIsTheEmailsLocalPartNumberedWhenTaken()
    {
        Assert.Equal("li.ming", BootstrapAdministrator.UserNameFor("Li.Ming@moe.edu.tw", "sub", _ => false));
        Assert.Equal("li.ming-2", BootstrapAdministrator.UserNameFor("li.ming@moe.edu.tw", "sub", n => n == "li.ming"));
    }

    [Fact]
    public void WithoutAnEmailTheUserNameComesFromTheSubjectInAllowedCharacters() =>
        Assert.Equal("abc-123", BootstrapAdministrator.UserNameFor(null, "ABC|-123!", _ => false));
}
