using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Changes;
using RegionalConsole.Features.Courses;

namespace RegionalConsole.Features.Changes;

/// <summary>One change as the feed and webhooks carry it (SPEC §14.2): the course answer is where the course stands now.</summary>
public sealed record ChangeItem(string Cursor, string At, string Type, string CourseNo, string? ExternalId, string OrganiserCode, CourseAnswer Course);

public sealed record ChangesPage(IReadOnlyList<ChangeItem> Items, string Next);

/// <summary>
/// Reads the changes feed (SPEC §14.2): the changes after a cursor of the courses whose organiser is in the key's scope,
/// in id order — which <see cref="ChangeJournal"/> makes commit order — with every course's answer read for the whole
/// page at once (<see cref="CourseAnswerReader"/>, a fixed number of queries whatever the page size).
/// </summary>
public sealed class ChangesFeed(IDbContextFactory<ConsoleDbContext> contexts, CourseAnswerReader answers)
{
    public async Task<ChangesPage> ReadAsync(ApiCaller caller, long after, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var changes = db.CourseChanges.AsNoTracking().Where(c => c.Id > after);
        if (!caller.IsAdministrator)
        {
            var institutions = caller.Institutions.ToList();
            var county = caller.CountyCode;
            changes = changes.Where(c => db.Courses.Any(course => course.Id == c.CourseId
                && (institutions.Contains(course.OrganiserCode) || (county != null && course.Organiser!.CountyCode == county))));
        }

        var rows = await changes.OrderBy(c => c.Id).Take(limit).ToListAsync(ct);
        var items = await ItemsAsync(db, rows, ct);
        return new ChangesPage(items, items.Count > 0 ? items[^1].Cursor : FeedCursor.Encode(after));
    }

    /// <summary>The feed items of <paramref name="rows"/>, in their order; a webhook delivery sends exactly these.</summary>
    public async Task<IReadOnlyList<ChangeItem>> ItemsAsync(ConsoleDbContext db, IReadOnlyList<CourseChange> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return [];
        }

        var courses = await answers.ReadAsync(db, [.. rows.Select(r => r.CourseId).Distinct()], ct);
        return [.. rows.Where(r => courses.ContainsKey(r.CourseId)).Select(r => Item(r, courses[r.CourseId]))];
    }

    private static ChangeItem Item(CourseChange change, CourseAnswer course) =>
        new(FeedCursor.Encode(change.Id), CourseAnswers.Instant(change.At)!, change.Type.ToString(), course.CourseNo!, course.ExternalId,
            course.OrganiserCode!, course);
}
