namespace RegionalConsole.Domain.Teachers;

/// <summary>A centre a teacher is tied to: where they serve, or a centre that issued them hours.</summary>
public sealed record TeacherCentre(string CentreCode, string SupervisorScope);

/// <summary>
/// Who may look up a teacher's study records (教師資料). A teacher's records are personal data (個人資料保護法), so
/// reviewers and supervisors see a teacher only when their work ties them to the teacher: the teacher serves at an
/// organiser their centre reviews, or their centre issued the teacher hours (the centres under a supervisor, for a
/// supervisor). Once tied, they see the teacher's whole console record, as a centre checking hours for a roster
/// needs it. Administrators see everyone. Only administrators see the national ID unmasked (SPEC §11).
/// </summary>
public static class TeacherRecordAccess
{
    public static bool MayRead(AccessScope reader, IEnumerable<TeacherCentre> ties)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ties);
        return reader.Role == ConsoleRole.Administrator || ties.Any(t => reader.CanRead(t.CentreCode, t.SupervisorScope));
    }

    public static bool SeesFullNationalId(AccessScope reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Role == ConsoleRole.Administrator;
    }

    /// <summary>
    /// Only administrators look a teacher up by national ID (SPEC §13.3): anyone else could recover a masked ID by
    /// trying the ~1,000 fillings that pass its check digit. Others search by name and serving institution.
    /// </summary>
    public static bool MayLookUpByNationalId(AccessScope reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Role == ConsoleRole.Administrator;
    }

    /// <summary>A search text that holds digits is an ID (or part of one), never a name.</summary>
    public static bool IsIdSearch(string text) => text.Any(char.IsAsciiDigit);

    public static string ShownNationalId(AccessScope reader, string nationalId) =>
        SeesFullNationalId(reader) ? nationalId : NationalId.Mask(nationalId);
}

/// <summary>One study record as the totals need it: the ROC year it was issued, its hours and the course's confirmed tags.</summary>
public sealed record StudyHours(int RocYear, decimal Hours, IReadOnlyList<string> ConfirmedTags);

/// <summary>A teacher's hours per ROC year and per confirmed tag (a course with two tags counts for both).</summary>
public sealed record StudyTotals(IReadOnlyList<(int RocYear, decimal Hours)> PerYear, IReadOnlyList<(string Tag, decimal Hours)> PerTag, decimal Total)
{
    public static StudyTotals Of(IEnumerable<StudyHours> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        return new StudyTotals(
            [.. list.GroupBy(r => r.RocYear).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(r => r.Hours)))],
            [.. list.SelectMany(r => r.ConfirmedTags.Distinct(StringComparer.Ordinal).Select(t => (Tag: t, r.Hours)))
                .GroupBy(x => x.Tag, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Sum(x => x.Hours)))],
            list.Sum(r => r.Hours));
    }
}
