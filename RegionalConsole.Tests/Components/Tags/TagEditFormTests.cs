using Bunit;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Components.Tags;

public sealed class TagEditFormTests : ComponentTestContext
{
    private static readonly TagDetail Preschool = new(
        new TagRow(7, "幼兒園教保專業知能", "教保專業", TagStatus.Active, new(2011, 1, 1), null, "教保專業知能研習。", "國教署"),
        ["教保=2", "幼兒園=1"],
        [Audience.PreschoolEducator],
        [InstitutionType.Preschool, InstitutionType.CentralAgency]);

    private readonly List<TagDefinitionInput> _saved = [];

    [Fact]
    public void TheFormShowsTheTagAsStored()
    {
        var form = RenderForm();

        Assert.Equal("教保專業", form.Find("input[data-testid='edit-label']").GetAttribute("value"));
        Assert.Equal("教保專業知能研習。", form.Find("textarea[data-testid='edit-definition']").GetAttribute("value"));
        Assert.Equal("教保=2\n幼兒園=1", form.Find("textarea[data-testid='edit-keywords']").GetAttribute("value"));
        Assert.True(Ticked(form, "audience-PreschoolEducator"));
        Assert.False(Ticked(form, "audience-ElementaryTeacher"));
        Assert.True(Ticked(form, "organiser-Preschool"));
    }

    [Fact]
    public void SavingUnchangedSendsTheStoredTag()
    {
        var form = RenderForm();

        form.Find("[data-testid='edit-save']").Click();

        var saved = Assert.Single(_saved);
        Assert.Equal(("教保專業", "教保專業知能研習。"), (saved.Label, saved.Definition));
        Assert.Equal(["教保=2", "幼兒園=1"], saved.Keywords);
        Assert.Equal([Audience.PreschoolEducator], saved.RequiredAudience);
        Assert.Equal([InstitutionType.Preschool, InstitutionType.CentralAgency], saved.AllowedOrganiserTypes);
    }

    [Fact]
    public void EditedDefinitionAndKeywordsAreSentOneKeywordPerLine()
    {
        var form = RenderForm();

        form.Find("textarea[data-testid='edit-definition']").Change("新的定義說明。");
        form.Find("textarea[data-testid='edit-keywords']").Change("跨文化=2\n\n  國際 \n");
        form.Find("[data-testid='edit-save']").Click();

        var saved = Assert.Single(_saved);
        Assert.Equal("新的定義說明。", saved.Definition);
        Assert.Equal(["跨文化=2", "國際"], saved.Keywords);
    }

    [Fact]
    public void TickingAndUntickingChangesTheAudienceAndOrganisersSent()
    {
        var form = RenderForm();

        form.Find("input[data-testid='audience-ElementaryTeacher']").Change(true);
        form.Find("input[data-testid='organiser-CentralAgency']").Change(false);
        form.Find("[data-testid='edit-save']").Click();

        var saved = Assert.Single(_saved);
        Assert.Equal([Audience.PreschoolEducator, Audience.ElementaryTeacher], saved.RequiredAudience);
        Assert.Equal([InstitutionType.Preschool], saved.AllowedOrganiserTypes);
    }

    [Fact]
    public void AReadOnlyFormCannotBeSaved()
    {
        var form = RenderForm(readOnly: true);

        Assert.Empty(form.FindAll("[data-testid='edit-save']"));
        Assert.True(form.Find("input[data-testid='edit-label']").HasAttribute("readonly"));
    }

    [Fact]
    public void TheServicesRefusalIsShown()
    {
        var form = RenderForm(error: "關鍵詞「美感=5」寫法有誤");

        Assert.Equal("關鍵詞「美感=5」寫法有誤", form.Find("[data-testid='edit-error']").TextContent.Trim());
    }

    private static bool Ticked(IRenderedComponent<TagEditForm> form, string testId) =>
        form.Find($"input[data-testid='{testId}']").HasAttribute("checked");

    private IRenderedComponent<TagEditForm> RenderForm(bool readOnly = false, string? error = null) =>
        Render<TagEditForm>(p => p
            .Add(f => f.Detail, Preschool)
            .Add(f => f.ReadOnly, readOnly)
            .Add(f => f.Error, error)
            .Add(f => f.OnSave, (TagDefinitionInput input) => _saved.Add(input)));
}
