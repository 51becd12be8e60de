namespace RegionalConsole.Domain.Teachers;

/// <summary>Where a stored teacher belongs: where they serve (null = 無服務學校), and where they served last.</summary>
public sealed record TeacherPlacement(InstitutionPlace? Serving, InstitutionPlace? LastServing)
{
    /// <summary>The institution whose partner answers for the teacher: where they serve, or else where they last served.</summary>
    public InstitutionPlace? Home => Serving ?? LastServing;
}

public enum TeacherSyncRefusal
{
    None,

    /// <summary>The body gives the teacher a serving institution outside the key's scope.</summary>
    ServingInstitutionOutsideScope,

    /// <summary>The teacher is another partner's: they serve, or last served, outside the key's scope.</summary>
    TeacherOutsideScope,
}

/// <summary>
/// Which API key may write which teacher through the teacher sync (SPEC §14.1). The partner system of the institution
/// where a teacher serves is the one that knows them:
/// <list type="bullet">
/// <item>a key may give a teacher a serving institution only within its own scope — and may do so whoever had the
/// teacher before: a school that now employs a teacher who moved in from another county takes them over;</item>
/// <item>a key may leave a teacher serving nowhere (rename them, release them) only when the teacher serves, or last
/// served, within its scope; a teacher serving nowhere is otherwise nobody's but the administrators';</item>
/// <item>a new teacher serving nowhere is tied to no key's scope, so only an administrator key may create one.</item>
/// </list>
/// </summary>
public static class TeacherSyncScope
{
    /// <param name="stored">The teacher as stored; null for a teacher the console does not know yet.</param>
    /// <param name="newServing">The serving institution the body gives; null = serving nowhere.</param>
    public static TeacherSyncRefusal Check(PartnerScope key, TeacherPlacement? stored, InstitutionPlace? newServing)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.IsAdministrator)
        {
            return TeacherSyncRefusal.None;
        }

        if (newServing is not null)
        {
            return key.Holds(newServing) ? TeacherSyncRefusal.None : TeacherSyncRefusal.ServingInstitutionOutsideScope;
        }

        return stored is not null && MayRead(key, stored) ? TeacherSyncRefusal.None : TeacherSyncRefusal.TeacherOutsideScope;
    }

    /// <summary>
    /// Whether the key may read the teacher back (GET): the same tie as for an update that leaves them where they are.
    /// A teacher out of scope is answered as unknown, so a key cannot probe which national IDs the console holds.
    /// </summary>
    public static bool MayRead(PartnerScope key, TeacherPlacement stored)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(stored);
        return key.IsAdministrator || (stored.Home is { } home && key.Holds(home));
    }
}
