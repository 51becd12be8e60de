using Bunit;
using RegionalConsole.Features.Profile;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Profile;

public sealed class ProfileEditorTests : ComponentTestContext
{
    [Fact]
    public void SavingHandsOverTheEditedContactAndTheDigestOptOut()
    {
        RenderPopoverProvider();
        ProfileForm? saved = null;
        var editor = Render<ProfileEditor>(p => p
            .Add(e => e.Form, new ProfileForm { DisplayName = "陳怡君" })
            .Add(e => e.OnSave, (ProfileForm f) => saved = f));

        editor.Find("input[data-testid=profile-email]").Change("chen@example.edu.tw");
        editor.Find("input[data-testid=profile-phone]").Change("02-2311-1234");
        editor.FindAll("input[type=checkbox]")[0].Change(false);
        editor.Find("[data-testid=profile-save]").Click();

        Assert.NotNull(saved);
        Assert.Equal("chen@example.edu.tw", saved.ContactEmail);
        Assert.Equal("02-2311-1234", saved.Phone);
        Assert.False(saved.ReceiveDigest);
        Assert.True(saved.ReceiveDecisionCopies);
    }

    [Fact]
    public void TheServicesRefusalShowsBesideTheField()
    {
        RenderPopoverProvider();
        var editor = Render<ProfileEditor>(p => p
            .Add(e => e.Form, new ProfileForm { DisplayName = "陳怡君", ContactEmail = "not-an-address" })
            .Add(e => e.Errors, new Dictionary<string, string> { [nameof(ProfileForm.ContactEmail)] = "ProfileEmailInvalid" }));

        Assert.Contains("電子郵件格式不正確。", editor.Markup, StringComparison.Ordinal);
        Assert.Empty(editor.FindAll("[data-testid=profile-saved]"));
    }

    [Fact]
    public void ASuccessfulSaveIsConfirmed()
    {
        RenderPopoverProvider();
        var editor = Render<ProfileEditor>(p => p.Add(e => e.Form, new ProfileForm { DisplayName = "陳怡君" }).Add(e => e.Saved, true));

        Assert.Contains("已儲存。", editor.Find("[data-testid=profile-saved]").TextContent, StringComparison.Ordinal);
    }
}
