using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
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
/// checks, review item, audit entry — in one transaction, which <see cref="PartnerWrites"/> commits.
/// </summary>
public sealed partial class CourseIntakeService
{
    /// <param name="answer">What the request answers for the outcomes of its courses, stored or refused.</param>
    private async Task<PartnerWriteResult> StoreAsync(PartnerRequest request, IReadOnlyList<CourseBody?> bodies,
        Func<IReadOnlyList<IntakeOutcome>, Outcome<WriteAnswer>> answer, CancellationToken ct)
    {
        var drafts = new CourseDraft?[bodies.Count];
        var refusals = new IntakeOutcome?[bodies.Count];
        for (var i = 0; i < bodies.Count; i++)
        {
            var errors = new ApiErrors();
            if (bodies[i] is not { } body)
            {
                errors.Add("", ApiMessages.NotNull());
            }
            else
            {
                drafts[i] = CourseBodyReader.Read(body, errors, RocDate.TaipeiDate(clock.GetUtcNow()));
            }

            refusals[i] = drafts[i] is null ? IntakeOutcome.Refused(Refusal.Invalid(errors)) : null;
        }

        if (drafts.All(d => d is null))
        {
            return PartnerWriteResult.From(answer(refusals!));
        }

        return await writes.RunAsync(request, async write => answer(await AdmitAsync(write, drafts, refusals, ct)), ct);
    }

    private async Task<IntakeOutcome[]> AdmitAsync(PartnerWrite write, CourseDraft?[] drafts, IntakeOutcome?[] refusals, CancellationToken ct)
    {
        var (db, caller, now) = (write.Db, write.Caller, write.Now);
        var readable = drafts.OfType<CourseDraft>().ToList();
        var organiserCodes = readable.Select(d => d.OrganiserCode!).Distinct(StringComparer.Ordinal).ToList();
        var organisers = await db.Institutions.AsNoTracking().Where(i => organiserCodes.Contains(i.Code))
            .ToDictionaryAsync(i => i.Code, StringComparer.Ordinal, ct);
        var taken = await ExternalIdsInUseAsync(db, readable, ct);
        var takenInRequest = new Dictionary<(string, string), int>();
        var titles = await CourseCheckRunner.OrganiserTitlesAsync(db,
            [.. organisers.Values.Where(o => caller.MayActFor(o.Code, o.CountyCode)).Select(o => o.Code)], ct);
        var references = await checks.ReferencesAsync(ct);
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
            if (RefusalOf(caller, draft, organiser, taken, takenInRequest) is { } refusal)
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
                outcomes[i] = IntakeOutcome.Refused(Refusal.CalendarMissing(now));
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

        if (admitted.Count > 0)
        {
            var items = await SaveAsync(write, admitted, outcomes, ct);
            // Queues reload per centre whatever the change says: one notice per centre for the whole request.
            foreach (var centreItems in items.GroupBy(i => i.CentreCode, StringComparer.Ordinal))
            {
                write.Notify(new QueueChange(centreItems.Key, ReviewKind.Course, centreItems.Last().Id, QueueChange.Submitted));
            }
        }

        return outcomes;
    }

    /// <summary>
    /// Stores the admitted courses in one transaction with their review items and audit entries, and the request's
    /// idempotency record. <see cref="Course.AssignNumber"/> derives each number from the course's id, unique by
    /// construction, so a concurrent request cannot collide.
    /// </summary>
    private async Task<List<ReviewItem>> SaveAsync(PartnerWrite write,
        List<(int Index, Course Course, CourseCheckReport Report, string OrganiserName)> admitted, IntakeOutcome[] outcomes, CancellationToken ct)
    {
        var (db, caller, now) = (write.Db, write.Caller, write.Now);
        await db.Database.OpenConnectionAsync(ct);
        var staffing = await CentreStaffing.ReadAsync(db, ct);
        await write.BeginAsync(ct);
        var transaction = write.Transaction!;
        var items = new List<ReviewItem>(admitted.Count);
        var audit = new List<AuditEntry>(admitted.Count);
        // EF would send each row as a command of its own on SQLite (~10 a course) and, on PostgreSQL, batches of inserts
        // and an update per course for its number: prepared inserts (SQLite) or binary COPY (PostgreSQL) number the keys
        // first and write the same rows through the same EF mapping in a few statements.
        var connection = db.Database.GetDbConnection();
        using var writer = connection is SqliteConnection sqlite
            ? new SqliteRowWriter(sqlite, db.Model, (SqliteTransaction)transaction.GetDbTransaction(), IntakeTables)
            : null;
        var copier = connection is NpgsqlConnection ? await PostgresRowCopier.CreateAsync((NpgsqlConnection)connection, db.Model, IntakeTables, ct) : null;
        if (copier is not null)
        {
            await copier.AssignKeysAsync((NpgsqlConnection)connection, admitted.Select(a => (object)a.Course), ct);
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

        List<object> rows = [.. admitted.Select(a => (object)a.Course).Concat(items).Concat(audit)];
        if (writer is not null)
        {
            var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();
            foreach (var row in rows)
            {
                writer.AssignKeys(row);
                writer.Insert(row, sqliteTransaction);
            }
        }
        else
        {
            await copier!.AssignKeysAsync((NpgsqlConnection)connection, rows, ct);
            await copier.CopyAsync((NpgsqlConnection)connection, rows, ct);
        }

        // The bulk writes bypass EF, so the changes feed (SPEC §14.2) is told here; it writes them at the commit.
        foreach (var (_, course, _, _) in admitted)
        {
            db.Journal.Note(Domain.Changes.ChangeType.CourseSubmitted, course.Id);
        }

        // The answer says where each course stands (SPEC §14.2), read inside the transaction as a later read would see it.
        var standing = await answers.StandingAsync(db, [.. admitted.Select(a => a.Course.Id)], ct);
        foreach (var (index, course, _, _) in admitted)
        {
            outcomes[index] = outcomes[index] with { Answer = standing[course.Id].Complete(outcomes[index].Answer!) };
        }

        return items;
    }

    private static readonly HashSet<Type> IntakeTables =
        [typeof(Course), typeof(CourseVersion), typeof(ScheduleSegment), typeof(StoredCheckResult), typeof(ReviewItem), typeof(Decision), typeof(AuditEntry)];
}
