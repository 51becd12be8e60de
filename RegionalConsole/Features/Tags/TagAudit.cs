using System.Text.Json;
using RegionalConsole.Auth;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Tags;

namespace RegionalConsole.Features.Tags;

/// <summary>
/// How a tag's changes are audited: a snapshot before and after, keyed by the tag's name (its identity: it never
/// changes, and exists before the row has an id), and read back as the fields that changed.
/// </summary>
internal static class TagAudit
{
    public static AuditEntry Entry(TimeProvider clock, ConsoleUser user, string action, Snapshot? before, Snapshot after) =>
        AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, action, nameof(Tag), after.Name, before, after);

    /// <summary>The properties that differ between two audited snapshots; none for a new tag (its action says it all).</summary>
    public static List<string> ChangedFields(string? before, string? after)
    {
        if (before is null)
        {
            return [];
        }

        var old = Properties(before);
        var now = Properties(after);
        return [.. now.Keys.Union(old.Keys).Where(k => k != nameof(Snapshot.Name) && old.GetValueOrDefault(k) != now.GetValueOrDefault(k))];
    }

    private static Dictionary<string, string> Properties(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
    }

    /// <summary>A tag as its audit entry records it; lists are written as one string so snapshots compare by value.</summary>
    public sealed record Snapshot(
        string Name,
        string Label,
        string? Definition,
        string? RequestingUnit,
        TagStatus Status,
        DateOnly? ActiveFrom,
        DateOnly? RetiredOn,
        string Keywords,
        string RequiredAudience,
        string AllowedOrganiserTypes)
    {
        public static Snapshot Of(Tag row) => new(row.Name, row.Label, row.Definition, row.RequestingUnit, row.Status, row.ActiveFrom,
            row.RetiredOn, string.Join("、", row.Keywords), string.Join("、", row.RequiredAudience), string.Join("、", row.AllowedOrganiserTypes));
    }
}
