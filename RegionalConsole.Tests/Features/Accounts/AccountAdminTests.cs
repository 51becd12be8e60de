using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Domain;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Accounts;

public sealed class AccountAdminTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private AccountAdminService Service => app.Services.CreateScope().ServiceProvider.GetRequiredService<AccountAdminService>();

    private static AccountForm Reviewer(string userName, string centre = "63000", string? email = null, string? subject = null) => new()
    {
        UserName = userName,
        DisplayName = "新審核人員",
        Email = email ?? $"{userName}@example.edu.tw",
        OidcSubject = subject,
        Role = ConsoleRole.Reviewer,
        CentreCode = centre,
    };

    [Fact]
    public async Task AnAdministratorCreatesAReviewerAndTheCreationIsAudited()
    {
        var result = await Service.SaveAsync(TestUsers.Administrator, Reviewer("new-reviewer-1", subject: "sub-new-1"));

        Assert.True(result.Done, result.Error);
        var account = await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.UserName == "new-reviewer-1"));
        Assert.Equal(("63000", "sub-new-1"), (account.CentreCode, account.OidcSubject));
        var audit = await app.WithDbAsync(db => db.AuditLog.SingleAsync(e => e.EntityType == "Account" && e.EntityId == account.Id.ToString()));
        Assert.Equal(("AccountCreated", "admin"), (audit.Action, audit.Actor));
        Assert.Contains("sub-new-1", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditIsAuditedWithTheAccountBeforeAndAfter()
    {
        await Service.SaveAsync(TestUsers.Administrator, Reviewer("edit-me"));
        var row = (await Service.ListAsync(TestUsers.Administrator, "edit-me")).Single();
        var form = AccountForm.From(row);
        form.CentreCode = "10015";

        Assert.True((await Service.SaveAsync(TestUsers.Administrator, form)).Done);
        var audit = await app.WithDbAsync(db => db.AuditLog.Where(e => e.EntityType == "Account" && e.EntityId == row.Id.ToString()).OrderBy(e => e.Id).LastAsync());
        Assert.Equal("AccountUpdated", audit.Action);
        Assert.Contains("\"CentreCode\":\"63000\"", audit.Before, StringComparison.Ordinal);
        Assert.Contains("\"CentreCode\":\"10015\"", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateUserNameIsRefusedNamingWhoHasIt()
    {
        var result = await Service.SaveAsync(TestUsers.Administrator, Reviewer("reviewer-63000-1", email: "someone-else@example.edu.tw"));

        Assert.False(result.Done);
        Assert.Contains("帳號名稱「reviewer-63000-1」已由", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADuplicateOidcSubjectIsRefusedNamingTheAccountItMapsTo()
    {
        await Service.SaveAsync(TestUsers.Administrator, Reviewer("subject-owner", subject: "sub-shared"));

        var result = await Service.SaveAsync(TestUsers.Administrator, Reviewer("subject-thief", subject: "sub-shared"));

        Assert.False(result.Done);
        Assert.Equal("OIDC subject「sub-shared」已對應到帳號「subject-owner」。", result.Error);
        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == "subject-thief")));
    }

    [Fact]
    public async Task ADuplicateEmailIsRefusedWhateverItsCase()
    {
        var result = await Service.SaveAsync(TestUsers.Administrator, Reviewer("email-copy", email: "Reviewer-63000-2@Example.edu.tw"));

        Assert.Equal("電子郵件「reviewer-63000-2@example.edu.tw」已對應到帳號「reviewer-63000-2」。", result.Error);
    }

    [Fact]
    public async Task ASupervisorListsOnlyTheReviewersOfItsOwnCentres()
    {
        var rows = await Service.ListAsync(TestUsers.Supervisor("10015"), null);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal((ConsoleRole.Reviewer, "10015"), (r.Role, r.CentreCode)));
    }

    [Fact]
    public async Task ASupervisorCannotCreateASupervisor()
    {
        var form = new AccountForm { UserName = "sneaky-supervisor", DisplayName = "督導", Email = "s@example.edu.tw", Role = ConsoleRole.Supervisor, SupervisorScope = "10015" };

        var result = await Service.SaveAsync(TestUsers.Supervisor("10015"), form);

        Assert.False(result.Done);
        Assert.False(await app.WithDbAsync(db => db.Accounts.AnyAsync(a => a.UserName == "sneaky-supervisor")));
    }

    [Fact]
    public async Task ASupervisorCannotEditAReviewerOfAnotherCounty()
    {
        var other = (await Service.ListAsync(TestUsers.Administrator, "reviewer-63000-2")).Single();
        var form = AccountForm.From(other);
        form.DisplayName = "改名";

        var result = await Service.SaveAsync(TestUsers.Supervisor("10015"), form);

        Assert.Equal("督導只能管理所轄區域管理中心的審核人員帳號。", result.Error);
    }

    [Fact]
    public async Task AReviewerCannotManageAccounts()
    {
        Assert.Empty(await Service.ListAsync(TestUsers.Reviewer("63000"), null));
        Assert.False((await Service.SaveAsync(TestUsers.Reviewer("63000"), Reviewer("by-reviewer"))).Done);
    }

    [Fact]
    public async Task ADisabledAccountCanNoLongerSignIn()
    {
        await Service.SaveAsync(TestUsers.Administrator, Reviewer("soon-disabled"));
        var row = (await Service.ListAsync(TestUsers.Administrator, "soon-disabled")).Single();

        Assert.True((await Service.SetEnabledAsync(TestUsers.Administrator, row.Id, enabled: false)).Done);

        using var client = app.CreateClient();
        var response = await client.GetAsync("/dev-signin?as=soon-disabled");
        Assert.EndsWith("/no-access", response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SigningInRecordsTheLastSignInShownInTheList()
    {
        using var client = app.CreateClient();
        await client.GetAsync("/dev-signin?as=reviewer-10015-1");

        var row = (await Service.ListAsync(TestUsers.Administrator, "reviewer-10015-1")).Single();
        Assert.Equal(ConsoleAppFactory.DefaultNow.UtcDateTime, row.LastSignInAt);
    }
}
