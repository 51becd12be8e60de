namespace RegionalConsole.Domain.Tags;

/// <summary>Why <see cref="TagDefinition"/> refuses a change, so a page can say it in the reader's language.</summary>
public enum TagRefusal
{
    /// <summary>A definition cannot be emptied.</summary>
    EmptyDefinition,

    /// <summary>Only a proposed tag can be activated.</summary>
    NotProposed,

    /// <summary>No definition (定義說明) yet (共同研討二 提案一 決議二).</summary>
    NoDefinition,

    /// <summary>Only an active tag can be retired.</summary>
    NotActive,

    /// <summary>A tag cannot retire before the day it was activated.</summary>
    RetiresBeforeActivation,

    /// <summary>Only a retired tag can be proposed again.</summary>
    NotRetired,
}
