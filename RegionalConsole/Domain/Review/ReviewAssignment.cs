namespace RegionalConsole.Domain.Review;

/// <summary>Why a claim or assignment is refused; <see cref="None"/> when it may go ahead.</summary>
public enum AssignmentRefusal
{
    None,

    /// <summary>Outside the person's scope: another centre, or a supervisor acting on a centre not under them.</summary>
    OutOfScope,

    /// <summary>Another reviewer holds the item; only a supervisor (or an administrator) moves it.</summary>
    HeldByAnother,

    /// <summary>The item is decided; there is nothing left to assign.</summary>
    Decided,

    /// <summary>The chosen person is not an enabled reviewer of the item's centre.</summary>
    NotAReviewerOfTheCentre,
}

/// <summary>
/// Who may take or move an undecided item (SPEC §1, §6): reviewers claim and hand out items of their own centre
/// that nobody else holds; supervisors reassign items of the centres under them, read-only otherwise;
/// administrators may do everything.
/// </summary>
public static class ReviewAssignment
{
    /// <summary>The actor takes the item for themselves. A held item is not taken over: the first claim wins.</summary>
    public static AssignmentRefusal Claim(AccessScope scope, int actorId, string centreCode, int? holderId, bool decided)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.CanWork(centreCode))
        {
            return AssignmentRefusal.OutOfScope;
        }

        if (decided)
        {
            return AssignmentRefusal.Decided;
        }

        return holderId is { } holder && holder != actorId ? AssignmentRefusal.HeldByAnother : AssignmentRefusal.None;
    }

    /// <summary>The actor gives the item to a reviewer of its centre, or (with no one) releases it.</summary>
    public static AssignmentRefusal Assign(AccessScope scope, int actorId, string centreCode, string centreSupervisorScope, int? holderId, bool decided)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reassigns = scope.CanReassign(centreSupervisorScope);
        if (!reassigns && !scope.CanWork(centreCode))
        {
            return AssignmentRefusal.OutOfScope;
        }

        if (decided)
        {
            return AssignmentRefusal.Decided;
        }

        // A reviewer hands out what is free or their own; moving a colleague's item is the supervisor's call.
        return !reassigns && holderId is { } holder && holder != actorId ? AssignmentRefusal.HeldByAnother : AssignmentRefusal.None;
    }
}
