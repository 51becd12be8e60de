namespace RegionalConsole.Domain.Administration;

/// <summary>
/// Editing the jurisdiction table (管理規定第11條, SPEC §2) and what an edit does to open review items. Routing itself
/// is <see cref="JurisdictionRow.Route"/>; these rules say what the table becomes and which items move.
/// </summary>
public static class Rerouting
{
    /// <summary>The table with <paramref name="row"/> added, or replacing the row of its type.</summary>
    public static IReadOnlyList<JurisdictionRow> WithRow(IEnumerable<JurisdictionRow> table, JurisdictionRow row)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        return [.. table.Where(r => r.Type != row.Type), row];
    }

    /// <summary>The table without a row for <paramref name="type"/>: institutions of that type become unrouted.</summary>
    public static IReadOnlyList<JurisdictionRow> WithoutRow(IEnumerable<JurisdictionRow> table, InstitutionType type)
    {
        ArgumentNullException.ThrowIfNull(table);
        return [.. table.Where(r => r.Type != type)];
    }

    /// <summary>
    /// Where an open item now with <paramref name="itemCentre"/> goes when its organiser routes to
    /// <paramref name="newCentre"/>: that centre, or null when the item stays. An organiser that became unrouted
    /// leaves its open items with the centre that has them: SPEC §2 never sends work silently to some centre.
    /// </summary>
    public static string? MoveTarget(string itemCentre, string? newCentre) =>
        newCentre is not null && !string.Equals(itemCentre, newCentre, StringComparison.Ordinal) ? newCentre : null;
}
