using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Features.Tags;

/// <summary>A tag as partner systems offer it to organisers (SPEC §5.2, §10).</summary>
public sealed record TagAnswer(
    string Name,
    string Label,
    string? Definition,
    string? RequestingUnit,
    DateOnly? ActiveFrom,
    DateOnly? RetiredOn,
    IReadOnlyList<Audience> RequiredAudience,
    IReadOnlyList<InstitutionType> AllowedOrganiserTypes);

/// <summary>GET /api/v1/tags: the tags organisers may pick, so partner systems offer the right ones.</summary>
public static class TagEndpoints
{
    public static RouteGroupBuilder MapTagEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/tags", async (TagAdminService tags, CancellationToken ct) =>
            Results.Ok((await tags.UsableAsync(ct)).Select(t => new TagAnswer(
                t.Name, t.Label, t.Definition, t.RequestingUnit, t.ActiveFrom, t.RetiredOn, t.RequiredAudience, t.AllowedOrganiserTypes))))
        .Produces<IReadOnlyList<TagAnswer>>()
        .WithSummary("可使用的屬性標籤（使用中，或停用日尚未到者）：名稱、簡稱、定義說明、提案單位、啟用日、停用日、須含研習對象、限定開課單位類型");

        return api;
    }
}
