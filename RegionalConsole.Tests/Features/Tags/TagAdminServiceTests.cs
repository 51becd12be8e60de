using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;
using RegionalConsole.Tests.Features.Calendar;
using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Features.Tags;

/// <summary>The administrators' side of the tag registry (SPEC §5.2), on the real database.</summary>

public sealed class TagAdminServiceTests(ConsoleAppFactory app) : TagAdminTestBase(app), IClassFixture<ConsoleAppFactory>
{
    [Fact]
    public async Task AProposedTagIsStoredAsProposedWithItsLabelAndRequestingUnit()
    {
        var name = UniqueName("海洋教育");

        var result = await Service().ProposeAsync(TestUsers.Administrator, new TagProposal(name, $" {name}短 ", "教育部綜合規劃司"));

        Assert.True(result.Succeeded, result.Error.ToString());
        var row = await StoredAsync(name);
        Assert.Equal((TagStatus.Proposed, $"{name}短", "教育部綜合規劃司", (DateOnly?)null), (row.Status, row.Label, row.RequestingUnit, row.ActiveFrom));
        Assert.Equal(row.Id, result.TagId);
    }

    [Fact]
    public async Task AProposalNamedLikeAnotherTagsLabelIsRefusedAndNothingIsStored()
    {
        var before = await App.WithDbAsync(db => db.Tags.CountAsync());

        var result = await Service().ProposeAsync(TestUsers.Administrator, new TagProposal("教　保專業", null, null));

        Assert.Equal((TagEditError.NameTaken, "教　保專業"), (result.Error, result.Detail));
        Assert.Equal(before, await App.WithDbAsync(db => db.Tags.CountAsync()));
    }

    [Fact]
    public async Task AReviewerCannotProposeATagAndNothingIsStoredOrAudited()
    {
        var name = UniqueName("防災教育");

        var result = await Service().ProposeAsync(TestUsers.Reviewer("63000"), new TagProposal(name, null, null));

        Assert.Equal(TagEditError.NotAllowed, result.Error);
        Assert.False(await App.WithDbAsync(db => db.Tags.AnyAsync(t => t.Name == name)));
        Assert.False(await App.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EntityId == name)));
    }

    [Fact]
    public async Task ASupervisorCannotActivateATag()
    {
        var id = await ProposeDefinedAsync(UniqueName("性別平等"));

        var result = await Service().ActivateAsync(TestUsers.Supervisor("K12EA"), id, From);

        Assert.Equal(TagEditError.NotAllowed, result.Error);
        Assert.Equal(TagStatus.Proposed, (await StoredAsync(id)).Status);
    }

    [Fact]
    public async Task DefiningATagStoresItsDefinitionKeywordsAudienceAndOrganiserTypes()
    {
        var id = await ProposeAsync(UniqueName("閱讀素養"));

        var result = await Service().DefineAsync(TestUsers.Administrator, id, new TagDefinitionInput(
            "閱讀", "提升教師閱讀教學知能之研習。", ["閱讀理解=2", " 繪本 ", ""], [Audience.ElementaryTeacher], [InstitutionType.MunicipalSchool]));

        Assert.True(result.Succeeded, result.Error.ToString());
        var row = await StoredAsync(id);
        Assert.Equal("提升教師閱讀教學知能之研習。", row.Definition);
        Assert.Equal(["閱讀理解=2", "繪本=3"], row.Keywords);
        Assert.Equal(["ElementaryTeacher"], row.RequiredAudience);
        Assert.Equal(["MunicipalSchool"], row.AllowedOrganiserTypes);
        Assert.Equal("閱讀", row.Label);
    }

    [Fact]
    public async Task AKeywordWeighingMoreThanThreeIsRefusedAndNothingIsStored()
    {
        var id = await ProposeAsync(UniqueName("美感教育"));

        var result = await Service().DefineAsync(TestUsers.Administrator, id, Definition("美感教育之研習。", "美感=5"));

        Assert.Equal((TagEditError.KeywordInvalid, "美感=5"), (result.Error, result.Detail));
        var row = await StoredAsync(id);
        Assert.Null(row.Definition);
        Assert.Empty(row.Keywords);
    }

    [Fact]
    public async Task ADefinitionOnceGivenCannotBeEmptied()
    {
        var id = await ProposeDefinedAsync(UniqueName("人權教育"));

        var result = await Service().DefineAsync(TestUsers.Administrator, id, Definition(" "));

        Assert.Equal(TagEditError.EmptyDefinition, result.Error);
        Assert.NotNull((await StoredAsync(id)).Definition);
    }

    [Fact]
    public async Task ActivatingATagWithoutADefinitionIsRefusedAndNothingIsStored()
    {
        var name = UniqueName("原住民族教育");
        var id = await ProposeAsync(name);
        var audited = await AuditCountAsync(name);

        var result = await Service().ActivateAsync(TestUsers.Administrator, id, From);

        Assert.Equal(TagEditError.NoDefinition, result.Error);
        var row = await StoredAsync(id);
        Assert.Equal((TagStatus.Proposed, (DateOnly?)null), (row.Status, row.ActiveFrom));
        Assert.Equal(audited, await AuditCountAsync(name));
    }

    [Fact]
    public async Task ADefinedTagIsActiveFromTheDateGiven()
    {
        var id = await ProposeDefinedAsync(UniqueName("家庭教育"));

        var result = await Service().ActivateAsync(TestUsers.Administrator, id, From);

        Assert.True(result.Succeeded, result.Error.ToString());
        var row = await StoredAsync(id);
        Assert.Equal((TagStatus.Active, (DateOnly?)From), (row.Status, row.ActiveFrom));
    }

    [Fact]
    public async Task AnActiveTagRetiresOnTheDateGiven()
    {
        var id = await ProposeActiveAsync(UniqueName("生命教育"));

        var result = await Service().RetireAsync(TestUsers.Administrator, id, From.AddMonths(6));

        Assert.True(result.Succeeded, result.Error.ToString());
        var row = await StoredAsync(id);
        Assert.Equal((TagStatus.Retired, (DateOnly?)From.AddMonths(6)), (row.Status, row.RetiredOn));
    }

    [Fact]
    public async Task ATagCannotRetireBeforeItWasActivated()
    {
        var id = await ProposeActiveAsync(UniqueName("法治教育"));

        var result = await Service().RetireAsync(TestUsers.Administrator, id, From.AddDays(-1));

        Assert.Equal(TagEditError.RetiresBeforeActivation, result.Error);
        Assert.Equal(TagStatus.Active, (await StoredAsync(id)).Status);
    }

    [Fact]
    public async Task AReopenedTagIsProposedAgainWithItsDefinitionAndWithoutDates()
    {
        var id = await ProposeActiveAsync(UniqueName("消費者教育"));
        await Service().RetireAsync(TestUsers.Administrator, id, From.AddMonths(1));

        var result = await Service().ReopenAsync(TestUsers.Administrator, id);

        Assert.True(result.Succeeded, result.Error.ToString());
        var row = await StoredAsync(id);
        Assert.Equal((TagStatus.Proposed, (DateOnly?)null, (DateOnly?)null), (row.Status, row.ActiveFrom, row.RetiredOn));
        Assert.NotNull(row.Definition);
    }
}
