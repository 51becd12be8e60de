using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Domain;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Accounts;

/// <summary>`accounts add` (SPEC §13.1), through its entry method on the app's real database file.</summary>
public sealed class AccountsCommandTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AccountsCommand.RunAsync(app.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AddingAnAdministratorExitsZeroPrintsItAndAuditsTheCommandLine()
    {
        var (exit, output, error) = await RunAsync("add", "--user-name", "cli-admin", "--display-name", "王管理", "--role", "Administrator",
            "--email", "Wang@MOE.edu.tw");

        Assert.True(exit == 0, error);
        var printed = JsonDocument.Parse(output).RootElement;
        Assert.Equal(("cli-admin", "Administrator", "wang@moe.edu.tw"),
            (printed.GetProperty("userName").GetString(), printed.GetProperty("role").GetString(), printed.GetProperty("email").GetString()));
        var account = await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.UserName == "cli-admin"));
        Assert.Equal((ConsoleRole.Administrator, true), (account.Role, account.Enabled));
        var audit = await app.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.EntityType == "Account" && e.EntityId == account.Id.ToString()));
        Assert.Equal(("AccountCreated", AccountsCommand.Actor), (audit.Action, audit.Actor));
    }

    [Fact]
    public async Task AReviewerOfAKnownCentreIsCreated()
    {
        var (exit, _, error) = await RunAsync("add", "--user-name", "cli-reviewer", "--display-name", "陳怡君", "--role", "Reviewer",
            "--subject", "sub-cli-reviewer", "--centre", "67000");

        Assert.True(exit == 0, error);
        Assert.Equal("67000", await app.WithDbAsync(db => db.Accounts.Where(a => a.UserName == "cli-reviewer").Select(a => a.CentreCode).SingleAsync()));
    }

    [Theory]
    [InlineData("--centre", "unknown centre", "add", "--user-name", "cli-bad-1", "--display-name", "甲", "--role", "Reviewer", "--email", "b1@x.tw", "--centre", "99999")]
    [InlineData("--user-name", "duplicate user name", "add", "--user-name", "reviewer-63000-1", "--display-name", "甲", "--role", "Reviewer", "--email", "b2@x.tw", "--centre", "63000")]
    [InlineData("--email", "duplicate e-mail", "add", "--user-name", "cli-bad-3", "--display-name", "甲", "--role", "Administrator", "--email", "ADMIN@example.edu.tw")]
    [InlineData("--supervises", "missing scope", "add", "--user-name", "cli-bad-4", "--display-name", "甲", "--role", "Supervisor", "--email", "b4@x.tw")]
    [InlineData("--role", "bad role", "add", "--user-name", "cli-bad-5", "--display-name", "甲", "--role", "Boss", "--email", "b5@x.tw")]
    [InlineData("--display-name", "missing option", "add", "--user-name", "cli-bad-6", "--role", "Administrator", "--email", "b6@x.tw")]
    [InlineData("--colour", "unknown option", "add", "--user-name", "cli-bad-7", "--colour", "blue")]
    public async Task AWrongAccountExitsTwoNamingWhatIsWrongAndStoresNothing(string named, string why, params string[] args)
    {
        var accounts = await app.WithDbAsync(db => db.Accounts.CountAsync());
        var audit = await app.WithDbAsync(db => db.AuditLog.CountAsync());

        var (exit, output, error) = await RunAsync(args);

        Assert.True(exit == 2, $"{why}: exit {exit}, {output}");
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Equal(accounts, await app.WithDbAsync(db => db.Accounts.CountAsync()));
        Assert.Equal(audit, await app.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task TheDuplicateSubjectIsNamed()
    {
        await RunAsync("add", "--user-name", "cli-sub-1", "--display-name", "甲", "--role", "Administrator", "--subject", "sub-cli-shared");

        var (exit, _, error) = await RunAsync("add", "--user-name", "cli-sub-2", "--display-name", "乙", "--role", "Administrator", "--subject", "sub-cli-shared");

        Assert.Equal(2, exit);
        Assert.Contains("--subject: OIDC subject「sub-cli-shared」已對應到帳號「cli-sub-1」", error, StringComparison.Ordinal);
    }
}
