using RegionalConsole.Domain.Checks;

namespace RegionalConsole.Domain.Tags;

/// <summary>
/// An attribute tag (屬性標籤; SPEC §5.2): its name and short label, its definition (定義說明), the unit that asked for
/// it, where it stands, and the evidence that shows a course fits it. Immutable: a transition returns a new
/// definition, and refuses what the lifecycle does not allow.
/// </summary>
/// <remarks>
/// Lifecycle (共同研討二 提案一: tags are added and removed at the network's twice-yearly meeting, and a tag is added
/// only once its owner has submitted a definition): Proposed → Active (needs a definition) → Retired. A retired tag is
/// not reactivated directly: <see cref="Reopen"/> takes it back to Proposed, so bringing it back is a decision of
/// its own, with its definition reviewed, and a new activation date. A proposal that is dropped is deleted rather
/// than retired, as no course could use it.
/// </remarks>
public sealed class TagDefinition
{
    private TagDefinition(
        string name,
        string? label,
        string? definition,
        string? requestingUnit,
        TagStatus status,
        DateOnly? activeFrom,
        DateOnly? retiredOn,
        TagEvidenceRules evidence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Label = string.IsNullOrWhiteSpace(label) ? Name : label.Trim();
        Definition = string.IsNullOrWhiteSpace(definition) ? null : definition.Trim();
        RequestingUnit = string.IsNullOrWhiteSpace(requestingUnit) ? null : requestingUnit.Trim();
        Status = status;
        ActiveFrom = activeFrom;
        RetiredOn = retiredOn;
        Evidence = evidence ?? TagEvidenceRules.None;
    }

    /// <summary>The full name (幼兒園教保專業知能), unique in the registry.</summary>
    public string Name { get; }

    /// <summary>The short label the network shows in brackets (教保專業); the name when it is short already.</summary>
    public string Label { get; }

    /// <summary>定義說明: what courses the tag is for. Required before the tag is activated.</summary>
    public string? Definition { get; }

    /// <summary>The unit that asked for the tag (提案單位 / 業管單位).</summary>
    public string? RequestingUnit { get; }

    public TagStatus Status { get; }

    public DateOnly? ActiveFrom { get; }

    /// <summary>The first day the tag is no longer usable.</summary>
    public DateOnly? RetiredOn { get; }

    public TagEvidenceRules Evidence { get; }

    public IReadOnlyList<TagKeyword> Keywords => Evidence.Keywords;

    /// <summary>Audiences of which a tagged course must name at least one; empty: any audience.</summary>
    public IReadOnlyList<Audience> RequiredAudience => Evidence.RequiredAudience;

    /// <summary>Organiser types that may run a course with this tag; empty: any organiser.</summary>
    public IReadOnlyList<InstitutionType> AllowedOrganiserTypes => Evidence.AllowedOrganiserTypes;

    /// <summary>A new tag as asked for, not yet usable.</summary>
    public static TagDefinition Propose(string name, string? label = null, string? requestingUnit = null, string? definition = null) =>
        new(name, label, definition, requestingUnit, TagStatus.Proposed, null, null, TagEvidenceRules.None);

    /// <summary>A tag as stored, checked against the lifecycle's rules so a bad row fails loudly.</summary>
    public static TagDefinition Restore(
        string name,
        string? label,
        string? definition,
        string? requestingUnit,
        TagStatus status,
        DateOnly? activeFrom,
        DateOnly? retiredOn,
        TagEvidenceRules evidence)
    {
        var tag = new TagDefinition(name, label, definition, requestingUnit, status, activeFrom, retiredOn, evidence);
        var problem = status switch
        {
            TagStatus.Proposed when activeFrom is not null || retiredOn is not null => "a proposed tag has no activation or retirement date",
            TagStatus.Active when tag.Definition is null => "an active tag needs a definition",
            TagStatus.Active when activeFrom is null => "an active tag needs its activation date",
            TagStatus.Active when retiredOn is not null => "an active tag has no retirement date",
            TagStatus.Retired when tag.Definition is null || activeFrom is null || retiredOn is null =>
                "a retired tag keeps its definition, activation and retirement dates",
            TagStatus.Retired when retiredOn < activeFrom => "a tag cannot retire before it was activated",
            _ => null,
        };
        return problem is null ? tag : throw new ArgumentException($"Tag 「{tag.Name}」: {problem}.", nameof(status));
    }

    /// <summary>Whether a course held on <paramref name="day"/> may carry the tag: active by then and not yet retired.</summary>
    /// <remarks>A retired tag still fits the courses held before it was retired (they are reviewed and counted later).</remarks>
    public bool IsActiveOn(DateOnly day) => Status switch
    {
        TagStatus.Active => ActiveFrom <= day,
        TagStatus.Retired => ActiveFrom <= day && day < RetiredOn,
        _ => false,
    };

    /// <summary>Whether a course held on <paramref name="day"/> or later may carry the tag: partner systems offer these.</summary>
    /// <remarks>An active tag counts even when it starts later; a retired one while its retirement day is still ahead.</remarks>
    public bool IsUsableOnOrAfter(DateOnly day) =>
        Status == TagStatus.Active || (Status == TagStatus.Retired && day < RetiredOn);

    /// <summary>Sets or revises the definition; an active or retired tag cannot lose it.</summary>
    public TagDefinition Define(string definition)
    {
        RefuseIf(RefusalToDefine(definition));
        return With(definition: definition);
    }

    public TagRefusal? RefusalToDefine(string? definition) =>
        string.IsNullOrWhiteSpace(definition) ? TagRefusal.EmptyDefinition : null;

    public TagDefinition Relabel(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new(Name, label, Definition, RequestingUnit, Status, ActiveFrom, RetiredOn, Evidence);
    }

    public TagDefinition WithEvidence(TagEvidenceRules evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return With(evidence: evidence);
    }

    /// <summary>Proposed → Active from <paramref name="from"/>; refused without a definition (共同研討二 提案一 決議二).</summary>
    public TagDefinition Activate(DateOnly from)
    {
        RefuseIf(RefusalToActivate());
        return With(status: TagStatus.Active, activeFrom: from);
    }

    public TagRefusal? RefusalToActivate() =>
        Status != TagStatus.Proposed ? TagRefusal.NotProposed
        : Definition is null ? TagRefusal.NoDefinition
        : null;

    /// <summary>Active → Retired: courses held from <paramref name="on"/> can no longer carry the tag.</summary>
    public TagDefinition Retire(DateOnly on)
    {
        RefuseIf(RefusalToRetire(on), on);
        return With(status: TagStatus.Retired, retiredOn: on);
    }

    public TagRefusal? RefusalToRetire(DateOnly on) =>
        Status != TagStatus.Active ? TagRefusal.NotActive
        : on < ActiveFrom ? TagRefusal.RetiresBeforeActivation
        : null;

    /// <summary>Retired → Proposed: the way back for a retired tag, keeping its definition for review.</summary>
    public TagDefinition Reopen()
    {
        RefuseIf(RefusalToReopen());
        return new(Name, Label, Definition, RequestingUnit, TagStatus.Proposed, null, null, Evidence);
    }

    public TagRefusal? RefusalToReopen() => Status != TagStatus.Retired ? TagRefusal.NotRetired : null;

    public override string ToString() => Label == Name ? Name : $"{Name}（{Label}）";

    private void RefuseIf(TagRefusal? refusal, DateOnly? day = null)
    {
        if (refusal is not { } why)
        {
            return;
        }

        throw new InvalidOperationException(why switch
        {
            TagRefusal.EmptyDefinition => $"Tag 「{Name}」: a definition cannot be empty.",
            TagRefusal.NotProposed => $"Tag 「{Name}」 is {Status}: only a proposed tag can be activated.",
            TagRefusal.NoDefinition => $"Tag 「{Name}」 has no definition (定義說明) yet, so it cannot be activated.",
            TagRefusal.NotActive => $"Tag 「{Name}」 is {Status}: only an active tag can be retired.",
            TagRefusal.RetiresBeforeActivation =>
                $"Tag 「{Name}」 cannot retire on {day:yyyy-MM-dd}, before it was activated on {ActiveFrom:yyyy-MM-dd}.",
            _ => $"Tag 「{Name}」 is {Status}: only a retired tag can be proposed again.",
        });
    }

    private TagDefinition With(
        string? definition = null,
        TagStatus? status = null,
        DateOnly? activeFrom = null,
        DateOnly? retiredOn = null,
        TagEvidenceRules? evidence = null) =>
        new(
            Name,
            Label,
            definition ?? Definition,
            RequestingUnit,
            status ?? Status,
            activeFrom ?? ActiveFrom,
            retiredOn ?? RetiredOn,
            evidence ?? Evidence);
}
