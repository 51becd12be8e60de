using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Web;

/// <summary>The console's OpenID Connect callback and sign-in pages, driven over plain HTTP against a real provider.</summary>
public sealed class OidcCallbackTests(OidcConsoleFixture oidc) : IClassFixture<OidcConsoleFixture>
{
    [Fact]
    public async Task TheCallbackOfARealAuthorizationSignsIn()
    {
        await AddAccountAsync("http-signin", "sub-http-signin");
        using var client = oidc.CreateBrowserlessClient();
        var callback = await AuthorizeAtProviderAsync(client, "sub-http-signin");

        var response = await client.GetAsync(callback);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);
        var account = await oidc.App.WithDbAsync(db => db.Accounts.SingleAsync(a => a.UserName == "http-signin"));
        Assert.NotNull(account.LastSignInAt);
    }

    [Fact]
    public async Task ATamperedStateOnTheCallbackGivesNoSessionAndSaysSignInFailed()
    {
        await AddAccountAsync("http-tampered", "sub-http-tampered");
        using var client = oidc.CreateBrowserlessClient();
        var callback = await AuthorizeAtProviderAsync(client, "sub-http-tampered");
        var query = QueryHelpers.ParseQuery(callback.Query);
        query["state"] = "tampered";

        var response = await client.GetAsync(new Uri(callback, "/signin-oidc" + QueryString.Create(query)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/no-access?reason=signin-failed", response.Headers.Location!.OriginalString);
        var page = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("登入未完成", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNoSessionAsync(client);
        var account = await oidc.App.WithDbAsync(db => db.Accounts.SingleAsync(a => a.UserName == "http-tampered"));
        Assert.Null(account.LastSignInAt);
    }

    [Fact]
    public async Task TheDevelopmentSignInPageSignsNobodyInWhenOidcIsConfigured()
    {
        using var client = oidc.CreateBrowserlessClient();

        var response = await client.GetAsync("/dev-signin?as=admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已設定 OpenID Connect", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNoSessionAsync(client);
    }

    /// <summary>Signs in at the provider as the given subject and returns the console callback it redirects to.</summary>
    private async Task<Uri> AuthorizeAtProviderAsync(HttpClient client, string subject)
    {
        var authorize = RedirectOf(await client.GetAsync("/authentication/login"));
        var loginForm = RedirectOf(await client.GetAsync(authorize));
        var returnUrl = QueryHelpers.ParseQuery(loginForm.Query)["returnUrl"].ToString();
        var signedIn = await client.PostAsync(new Uri(loginForm, "/login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["returnUrl"] = returnUrl,
            ["subject"] = subject,
            ["email"] = subject + "@example.com",
            ["name"] = subject,
        }));
        var callback = RedirectOf(await client.GetAsync(RedirectOf(signedIn)));
        Assert.Equal("/signin-oidc", callback.AbsolutePath);
        return callback;
    }

    private static Uri RedirectOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
    }

    /// <summary>No console cookie, and a protected page sends the visitor to the provider to sign in.</summary>
    private async Task AssertNoSessionAsync(HttpClient client)
    {
        var protectedPage = await client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.Redirect, protectedPage.StatusCode);
        Assert.StartsWith(new Uri(oidc.Provider.Authority, "connect/authorize?").ToString(), protectedPage.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private Task AddAccountAsync(string userName, string subject) =>
        oidc.App.WithDbAsync(async db =>
        {
            db.Accounts.Add(new Account
            {
                UserName = userName,
                DisplayName = userName,
                OidcSubject = subject,
                Role = ConsoleRole.Reviewer,
                CentreCode = "63000",
            });
            return await db.SaveChangesAsync();
        });
}
