using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Tags;

/// <summary>One tag as the registry table shows it.</summary>
public sealed record TagRow(
    int Id,
    string Name,
    string Label,
    TagStatus Status,
    DateOnly? ActiveFrom,
    DateOnly? RetiredOn,
    string? Definition,
    string? RequestingUnit);

/// <summary>A tag with its evidence, for the edit form.</summary>
public sealed record TagDetail(
    TagRow Tag,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<Audience> RequiredAudience,
    IReadOnlyList<InstitutionType> AllowedOrganiserTypes);

/// <summary>A new tag as asked for at the network's meeting (共同研討二 提案一).</summary>
public sealed record TagProposal(string Name, string? Label, string? RequestingUnit);

/// <summary>What an administrator sets on a tag: label, 定義說明 and evidence (keywords written 「term=weight」).</summary>
public sealed record TagDefinitionInput(
    string? Label,
    string? Definition,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<Audience> RequiredAudience,
    IReadOnlyList<InstitutionType> AllowedOrganiserTypes);

/// <summary>One change of a tag, from its audit entry; <paramref name="Changed"/> names the fields that changed.</summary>
public sealed record TagHistoryEntry(DateTime At, string Actor, string Action, IReadOnlyList<string> Changed);

/// <summary>Why a change was not made; the page says each as a sentence.</summary>
public enum TagEditError
{
    None,
    NotAllowed,
    NotFound,
    NameRequired,
    NameTaken,
    KeywordInvalid,
    EmptyDefinition,
    NotProposed,
    NoDefinition,
    NotActive,
    RetiresBeforeActivation,
    NotRetired,
}

/// <summary>A change done (with the tag's id), or refused; <paramref name="Detail"/> names the offending input.</summary>
public sealed record TagEditResult(TagEditError Error, int? TagId = null, string? Detail = null)
{
    public bool Succeeded => Error == TagEditError.None;

    internal static TagEditResult Refused(TagEditError error, string? detail = null) => new(error, null, detail);

    /// <summary>The domain's reason, as the same error.</summary>
    internal static TagEditResult Refused(TagRefusal refusal) => new(refusal switch
    {
        TagRefusal.EmptyDefinition => TagEditError.EmptyDefinition,
        TagRefusal.NotProposed => TagEditError.NotProposed,
        TagRefusal.NoDefinition => TagEditError.NoDefinition,
        TagRefusal.NotActive => TagEditError.NotActive,
        TagRefusal.RetiresBeforeActivation => TagEditError.RetiresBeforeActivation,
        _ => TagEditError.NotRetired,
    });
}
