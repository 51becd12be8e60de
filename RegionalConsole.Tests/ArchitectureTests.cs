using NetArchTest.Rules;

namespace RegionalConsole.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void TheDomainDependsOnNoFrameworkForDataWebOrUi()
    {
        var result = Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace("RegionalConsole.Domain")
            .ShouldNot().HaveDependencyOnAny(
                "Microsoft.EntityFrameworkCore",
                "Microsoft.AspNetCore",
                "MudBlazor",
                "Microsoft.Extensions.DependencyInjection",
                "RegionalConsole.Data",
                "RegionalConsole.Features",
                "RegionalConsole.Auth")
            .GetResult();

        Assert.True(result.IsSuccessful, "Domain types with forbidden dependencies: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void TheDomainHoldsTypes()
    {
        // Guards the rule above from passing vacuously after a namespace rename.
        var count = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace("RegionalConsole.Domain").GetTypes().Count();
        Assert.True(count >= 5, $"Only {count} types found in RegionalConsole.Domain.");
    }
}
