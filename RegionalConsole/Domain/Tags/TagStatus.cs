namespace RegionalConsole.Domain.Tags;

/// <summary>Where an attribute tag (屬性標籤) stands (SPEC §5.2; 共同研討二 提案一).</summary>
public enum TagStatus
{
    /// <summary>Asked for, not yet usable: its owner has still to submit a definition (SDGs, 雙語教育).</summary>
    Proposed,

    /// <summary>Usable from <see cref="TagDefinition.ActiveFrom"/>.</summary>
    Active,

    /// <summary>No longer usable from <see cref="TagDefinition.RetiredOn"/>.</summary>
    Retired,
}
