using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Features.Profile;
using RegionalConsole.Tests.Support;
using static RegionalConsole.Tests.Support.ReviewScenario;

namespace RegionalConsole.Tests.Features.Profile;

/// <summary>個人資料: each account's own name, contact and notification choices, audited.</summary>
public sealed class ProfileServiceTests(ConsoleAppFactory app) : IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task SavedChoicesAreKeptPerAccountAndAudited()
    {
        var user = await UserAsync(app, "reviewer-65000-2");
        var form = new ProfileForm
        {
            DisplayName = "林志明",
            ContactEmail = "lin@example.edu.tw",
            Phone = "02-2960-3456",
            Language = "en",
            ReceiveDigest = false,
            ReceiveDecisionCopies = true,
        };

        var result = await Service(s => s.SaveAsync(user, form));
        var loaded = await Service(s => s.LoadAsync(user));
        var colleague = await Service(async s => await s.LoadAsync(await UserAsync(app, "reviewer-65000-1")));

        Assert.True(result.Saved);
        Assert.Equal(("林志明", "lin@example.edu.tw", "en", false), (loaded!.Form.DisplayName, loaded.Form.ContactEmail, loaded.Form.Language, loaded.Form.ReceiveDigest));
        Assert.True(colleague!.Form.ReceiveDigest);
        var audit = await app.WithDbAsync(db => db.AuditLog.Where(a => a.Action == "ProfileSave" && a.Actor == "reviewer-65000-2").SingleAsync());
        Assert.Contains("\"ReceiveDigest\":false", audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadAddressIsRefusedByFieldAndNothingChanges()
    {
        var user = await UserAsync(app, "reviewer-64000-2");

        var result = await Service(s => s.SaveAsync(user, new ProfileForm { DisplayName = "", ContactEmail = "not an address", Language = "fr" }));

        Assert.False(result.Saved);
        Assert.Equal(["ContactEmail", "DisplayName", "Language"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.False(await app.WithDbAsync(db => db.AccountPreferences.AnyAsync(p => p.AccountId == user.AccountId)));
    }

    [Fact]
    public async Task TheProfilePageShowsTheForm()
    {
        using var client = app.CreateClient();
        await client.GetAsync("/dev-signin?as=reviewer-63000-1");

        var html = await client.GetStringAsync("/profile");

        Assert.Contains("data-testid=\"profile-form\"", html, StringComparison.Ordinal);
        Assert.Contains("每個工作天早上寄送待審摘要", html, StringComparison.Ordinal);
    }

    private async Task<T> Service<T>(Func<ProfileService, Task<T>> call)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<ProfileService>());
    }
}
