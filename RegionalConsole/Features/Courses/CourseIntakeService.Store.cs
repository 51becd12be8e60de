using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Courses;

/// <summary>
/// The one path by which submitted courses are stored, for a single POST and a batch alike: what each course needs
/// from the database (organisers, externalIds in use, the organisers' other titles) is read in one query per kind for
/// the whole request, the checks run in memory, and every admitted course is stored whole — course, version, segments,
/// checks, review item, audit entry — in one transaction.
/// </summary>
public sealed partial class CourseIntakeService
{
    // A concurrent request holding the same Idempotency-Key or externalId makes the save fail on a unique index; the
    // next attempt sees what it stored and answers accordingly. Three attempts leave room for one more such race.
    private const int Attempts = 3;

    private async Task<(IResult? Replay, IReadOnlyList<IntakeOutcome> Outcomes)> StoreAsync(ApiCaller caller, IReadOnlyList<CourseBody?> bodies,
        IdempotentRequest request, CancellationToken ct)
    {
        var drafts = new CourseDraft?[bodies.Count];
        var refusals = new IntakeOutcome?[bodies.Count];
        for (var i = 0; i < bodies.Count; i++)
        {
            var errors = new ApiErrors();
            if (bodies[i] is not { } body)
            {
                errors.Add("", "不得為 null。");
            }
            else
            {
                drafts[i] = CourseBodyReader.Read(body, errors, RocDate.TaipeiDate(clock.GetUtcNow()));
            }

            refusals[i] = drafts[i] is null ? IntakeOutcome.Refused(ApiProblems.Invalid(errors)) : null;
        }

        if (drafts.All(d => d is null))
        {
            return (null, refusals!);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryStoreAsync(caller, drafts, refusals, request, ct);
            }
            catch (Exception e) when (IsUniqueViolation(e) && attempt < Attempts)
            {
                // Rolled back: the next attempt replays the twin's answer or refuses the externalId it took.
            }
        }
    }

    private async Task<(IResult? Replay, IReadOnlyList<IntakeOutcome> Outcomes)> TryStoreAsync(ApiCaller caller, CourseDraft?[] drafts,
        IntakeOutcome?[] refusals, IdempotentRequest request, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await IdempotencyReplay.FindAsync(db, caller, request.Key, request.Path, ct) is { } replay)
        {
            return (replay, []);
        }

        var readable = drafts.OfType<CourseDraft>().ToList();
        var organiserCodes = readable.Select(d => d.OrganiserCode!).Distinct(StringComparer.Ordinal).ToList();
        var organisers = await db.Institutions.AsNoTracking().Where(i => organiserCodes.Contains(i.Code))
            .ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var taken = await ExternalIdsInUseAsync(db, readable, ct);
        var takenInRequest = new Dictionary<(string, string), int>();
        var titles = await CourseCheckRunner.OrganiserTitlesAsync(db,
            [.. organisers.Values.Where(o => caller.MayActFor(o.Code, o.CountyCode)).Select(o => o.Code)], ct);
        var references = await checks.ReferencesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var dueByCentre = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        var outcomes = new IntakeOutcome[drafts.Length];
        var admitted = new List<(int Index, Course Course, CourseCheckReport Report, string OrganiserName)>();
        for (var i = 0; i < drafts.Length; i++)
        {
            if (drafts[i] is not { } draft)
            {
                outcomes[i] = refusals[i]!;
                continue;
            }

            organisers.TryGetValue(draft.OrganiserCode!, out var organiser);
            if (Refusal(caller, draft, organiser, taken, takenInRequest) is { } refusal)
            {
                outcomes[i] = IntakeOutcome.Refused(refusal);
                continue;
            }

            var centre = organiser!.CentreCode!;
            if (!dueByCentre.TryGetValue(centre, out var due))
            {
                dueByCentre[centre] = due = await TryDueDateAsync(centre, now, ct);
            }

            if (due is null)
            {
                outcomes[i] = IntakeOutcome.Refused(CalendarMissing(now));
                continue;
            }

            var organiserTitles = titles.TryGetValue(organiser.Code, out var list) ? list : titles[organiser.Code] = [];
            var report = CourseCheckRunner.Check(draft, references, organiser.Type, [.. organiserTitles]);
            var course = NewCourse(draft, report, organiser, centre, now);
            admitted.Add((i, course, report, organiser.Name));
            // Later courses of the batch see this one as the organiser's newest, as they would submitted one by one.
            organiserTitles.Insert(0, course.Title);
            if (organiserTitles.Count > CourseCheckRunner.SeriesWindow)
            {
                organiserTitles.RemoveAt(organiserTitles.Count - 1);
            }

            if (draft.ExternalId is { } externalId)
            {
                takenInRequest[(organiser.Code, externalId)] = i;
            }
        }

        if (admitted.Count == 0)
        {
            return (null, outcomes);
        }

        var items = await SaveAsync(db, caller, admitted, outcomes, request, now, ct);
        // Queues reload per centre whatever the change says: one notice per centre for the whole request.
        foreach (var centreItems in items.GroupBy(i => i.CentreCode, StringComparer.Ordinal))
        {
            notifier.Publish(new QueueChange(centreItems.Key, ReviewKind.Course, centreItems.Last().Id, QueueChange.Submitted));
        }

        return (null, outcomes);
    }

    /// <summary>
    /// Stores the admitted courses in one transaction with their review items and audit entries, and the request's
    /// idempotency record. <see cref="Course.AssignNumber"/> derives each number from the course's id, unique by
    /// construction, so a concurrent request cannot collide.
    /// </summary>
    private async Task<List<ReviewItem>> SaveAsync(ConsoleDbContext db, ApiCaller caller,
        List<(int Index, Course Course, CourseCheckReport Report, string OrganiserName)> admitted, IntakeOutcome[] outcomes,
        IdempotentRequest request, DateTime now, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var staffing = await CentreStaffing.ReadAsync(db, ct);
        // SQLite: BEGIN IMMEDIATE, so this is the only writer until the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var items = new List<ReviewItem>(admitted.Count);
        var audit = new List<AuditEntry>(admitted.Count);
        // On SQLite EF sends each row as a command of its own (~10 a course); prepared inserts number the keys and
        // write the same rows through the same EF mapping about ten times faster. PostgreSQL batches EF's inserts.
        using var writer = db.Database.IsSqlite()
            ? new SqliteRowWriter((SqliteConnection)db.Database.GetDbConnection(), db.Model, (SqliteTransaction)transaction.GetDbTransaction(), IntakeTables)
            : null;
        if (writer is null)
        {
            db.Courses.AddRange(admitted.Select(a => a.Course));
            await db.SaveChangesAsync(ct);
        }

        foreach (var (index, course, report, organiserName) in admitted)
        {
            writer?.AssignKeys(course);
            course.AssignNumber();
            var item = await reviewItems.CreateAsync(course, course.Versions[0], organiserName, now, ct);
            item.CourseId = course.Id;
            items.Add(item);
            audit.Add(AuditEntry.Create(now, caller.Actor, "CourseSubmitted", nameof(Course), course.CourseNo,
                after: new { course.Title, course.CentreCode, Version = 1, report.CreditableMinutes }));
            var courseAnswer = CourseAnswers.FromReport(report, course.CourseNo, course.CentreCode, course.Status, item.DueDate, version: 1)
                with
            { Warnings = staffing.WarningsFor(course.CentreCode) };
            outcomes[index] = new IntakeOutcome(courseAnswer, $"/api/v1/courses/{course.CourseNo}", null);
        }

        if (writer is null)
        {
            db.ReviewItems.AddRange(items);
            db.AuditLog.AddRange(audit);
            await db.SaveChangesAsync(ct);
        }
        else
        {
            var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();
            foreach (var row in admitted.Select(a => (object)a.Course).Concat(items).Concat(audit))
            {
                writer.AssignKeys(row);
                writer.Insert(row, sqliteTransaction);
            }

            // The prepared inserts bypass EF, so the changes feed (SPEC §14.2) is told here; it writes them at the commit.
            foreach (var (_, course, _, _) in admitted)
            {
                db.Journal.Note(Domain.Changes.ChangeType.CourseSubmitted, course.Id);
            }
        }

        // The answer says where each course stands (SPEC §14.2), read inside the transaction as a later read would see it.
        var standing = await answers.StandingAsync(db, [.. admitted.Select(a => a.Course.Id)], ct);
        foreach (var (index, course, _, _) in admitted)
        {
            outcomes[index] = outcomes[index] with { Answer = standing[course.Id].Complete(outcomes[index].Answer!) };
        }

        if (request.Answer(outcomes) is { } answer)
        {
            IdempotencyReplay.Add(db, caller, request.Key, request.Path, answer.Status, answer.Location, answer.Body, json.Value.SerializerOptions, now);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return items;
    }

    private static readonly HashSet<Type> IntakeTables =
        [typeof(Course), typeof(CourseVersion), typeof(ScheduleSegment), typeof(StoredCheckResult), typeof(ReviewItem), typeof(Decision), typeof(AuditEntry)];

    /// <summary>A unique index refused the save: a concurrent request took the Idempotency-Key or an externalId.</summary>
    private static bool IsUniqueViolation(Exception e) =>
        e is DbUpdateException || e is SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: "23505" };
}
