using System.Net;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Auth;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Accounts;

/// <summary>
/// SPEC §13.1: a signed-in person's account is re-checked on every request, and for an open page every minute; what the
/// account no longer may do is lost at once, without waiting for the cookie to expire.
/// </summary>
public sealed class AccountRevalidationTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    private async Task<(HttpClient Client, int AccountId)> SignInAsNewAccountAsync(string userName, ConsoleRole role, string? centre = null)
    {
        var id = await app.WithDbAsync(async db =>
        {
            var account = db.Accounts.Add(new RegionalConsole.Data.Entities.Account
            {
                UserName = userName,
                DisplayName = "再檢查",
                Email = $"{userName}@example.edu.tw",
                Role = role,
                CentreCode = centre,
            }).Entity;
            await db.SaveChangesAsync();
            return account.Id;
        });
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await client.GetAsync($"/dev-signin?as={userName}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);
        return (client, id);
    }

    private Task ChangeAsync(int id, Action<RegionalConsole.Data.Entities.Account> change) => app.WithDbAsync(async db =>
    {
        change(await db.Accounts.SingleAsync(a => a.Id == id));
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task ADisabledAccountLosesItsSessionAtTheNextRequest()
    {
        var (client, id) = await SignInAsNewAccountAsync("revalidate-disabled", ConsoleRole.Reviewer, "63000");

        await ChangeAsync(id, a => a.Enabled = false);

        var response = await client.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/authentication/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AnAdministratorMadeReviewerLosesTheAdministratorsPagesAtTheNextRequest()
    {
        var (client, id) = await SignInAsNewAccountAsync("revalidate-demoted", ConsoleRole.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/institutions")).StatusCode);

        await ChangeAsync(id, a => (a.Role, a.CentreCode) = (ConsoleRole.Reviewer, "63000"));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/institutions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);
    }

    [Fact]
    public async Task AnOpenPageIsCheckedEveryMinuteAndLosesAChangedAccount()
    {
        var id = (await SignInAsNewAccountAsync("revalidate-open-page", ConsoleRole.Reviewer, "63000")).AccountId;
        var user = await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.Id == id));
        using var scope = app.Services.CreateScope();
        var provider = Assert.IsType<AccountRevalidatingStateProvider>(scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>());
        var principal = ConsoleClaims.CreatePrincipal(user);
        Assert.True(await provider.StillHoldsAsync(principal));

        await ChangeAsync(id, a => a.CentreCode = "64000");

        Assert.False(await provider.StillHoldsAsync(principal));
    }

    [Fact]
    public async Task AnOpenPageOfADisabledAccountIsSignedOut()
    {
        var id = (await SignInAsNewAccountAsync("revalidate-open-disabled", ConsoleRole.Reviewer, "63000")).AccountId;
        var principal = ConsoleClaims.CreatePrincipal(await app.WithDbAsync(db => db.Accounts.SingleAsync(a => a.Id == id)));
        using var scope = app.Services.CreateScope();
        var provider = (AccountRevalidatingStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();

        await ChangeAsync(id, a => a.Enabled = false);

        Assert.False(await provider.StillHoldsAsync(principal));
    }
}
