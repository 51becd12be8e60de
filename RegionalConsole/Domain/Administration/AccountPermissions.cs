namespace RegionalConsole.Domain.Administration;

/// <summary>
/// A console account as the rules see it (帳號管理): its role, the reviewer's centre with the supervising authority
/// that centre is under, the supervisor's authority, and whether it may sign in.
/// </summary>
public sealed record AccountShape(ConsoleRole Role, string? CentreCode, string? CentreSupervisorScope, string? SupervisorScope, bool Enabled = true);

/// <summary>Why an account change is refused; <see cref="None"/> when it may be saved.</summary>
public enum AccountRefusal
{
    None,

    /// <summary>Reviewers manage no accounts (SPEC §1).</summary>
    NotAllowed,

    /// <summary>A supervisor opens reviewer accounts only: never an administrator or another supervisor.</summary>
    RoleNotGrantable,

    /// <summary>A supervisor manages the accounts of the centres under it only.</summary>
    OutOfScope,

    /// <summary>A reviewer works for one centre.</summary>
    CentreRequired,

    /// <summary>A supervisor supervises a county or K12EA.</summary>
    ScopeRequired,

    /// <summary>Nobody disables their own account or changes their own role: the last administrator could lock everyone out.</summary>
    OwnAccount,
}

/// <summary>Who may create, see and change which console account (帳號管理; SPEC §1).</summary>
public static class AccountPermissions
{
    /// <summary>Administrators manage every account; supervisors the reviewers of their own centres.</summary>
    public static bool MayManageAccounts(AccessScope actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is ConsoleRole.Administrator or ConsoleRole.Supervisor;
    }

    /// <summary>Whether <paramref name="actor"/> sees (and so may edit) an existing account.</summary>
    public static bool MaySee(AccessScope actor, AccountShape account)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(account);
        return actor.Role switch
        {
            ConsoleRole.Administrator => true,
            ConsoleRole.Supervisor => account.Role == ConsoleRole.Reviewer
                && actor.SupervisorScope is not null
                && string.Equals(account.CentreSupervisorScope, actor.SupervisorScope, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>The roles <paramref name="actor"/> may give an account.</summary>
    public static IReadOnlyList<ConsoleRole> GrantableRoles(AccessScope actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            ConsoleRole.Administrator => [ConsoleRole.Reviewer, ConsoleRole.Supervisor, ConsoleRole.Administrator],
            ConsoleRole.Supervisor => [ConsoleRole.Reviewer],
            _ => [],
        };
    }

    /// <summary>
    /// Why <paramref name="actor"/> (account <paramref name="actorAccountId"/>) may not turn <paramref name="before"/>
    /// (null: a new account, <paramref name="accountId"/> ignored) into <paramref name="after"/>.
    /// </summary>
    public static AccountRefusal RefusalFor(AccessScope actor, int actorAccountId, int? accountId, AccountShape? before, AccountShape after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(after);
        if (!MayManageAccounts(actor) || (before is not null && !MaySee(actor, before)))
        {
            return before is not null && actor.Role == ConsoleRole.Supervisor ? AccountRefusal.OutOfScope : AccountRefusal.NotAllowed;
        }

        if (!GrantableRoles(actor).Contains(after.Role))
        {
            return AccountRefusal.RoleNotGrantable;
        }

        if (after.Role == ConsoleRole.Reviewer && string.IsNullOrEmpty(after.CentreCode))
        {
            return AccountRefusal.CentreRequired;
        }

        if (after.Role == ConsoleRole.Supervisor && string.IsNullOrEmpty(after.SupervisorScope))
        {
            return AccountRefusal.ScopeRequired;
        }

        if (!MaySee(actor, after))
        {
            return AccountRefusal.OutOfScope;
        }

        if (before is not null && accountId == actorAccountId && (!after.Enabled || after.Role != before.Role))
        {
            return AccountRefusal.OwnAccount;
        }

        return AccountRefusal.None;
    }

    /// <summary>What an account of <paramref name="role"/> keeps: a reviewer a centre, a supervisor an authority, an administrator neither.</summary>
    public static AccountShape Normalised(AccountShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return shape.Role switch
        {
            ConsoleRole.Reviewer => shape with { SupervisorScope = null },
            ConsoleRole.Supervisor => shape with { CentreCode = null, CentreSupervisorScope = null },
            _ => shape with { CentreCode = null, CentreSupervisorScope = null, SupervisorScope = null },
        };
    }
}
