namespace RegionalConsole.Domain.Review;

/// <summary>Where a review stands against the 3-working-day SLA (管理規定第11條第8款; SPEC §4).</summary>
public enum SlaState
{
    /// <summary>Undecided, with more than one working day to go.</summary>
    OnTrack,

    /// <summary>Undecided and due today or on the next working day.</summary>
    DueSoon,

    /// <summary>Undecided and the due date has passed.</summary>
    Overdue,

    /// <summary>Decided (or returned) on or before the due date, in Taipei.</summary>
    Met,

    /// <summary>Decided (or returned) after the due date, in Taipei.</summary>
    Breached,
}
