using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Teachers;
using RegionalConsole.Features.Api;

namespace RegionalConsole.Features.Sync;

/// <summary>The teacher sync of SPEC §10 and §14.1: PUT one, POST a batch, GET one back — one write path for both.</summary>
public sealed class TeacherSyncService(IDbContextFactory<ConsoleDbContext> contexts, PartnerWrites writes)
{
    private const string BatchField = "teachers";

    public Task<PartnerWriteResult> PutAsync(ApiCaller caller, string nationalId, TeacherBody body, CancellationToken ct) =>
        writes.RunAsync(new PartnerRequest(caller, "PUT /api/v1/teachers", null), async write =>
        {
            var stored = await SyncBatch.StoreAsync(write, await StageAsync(write, [(nationalId, body)], ct), ct);
            return SyncBatch.Single(stored[0], a => $"/api/v1/teachers/{a.NationalId}");
        }, ct);

    public async Task<PartnerWriteResult> PostBatchAsync(ApiCaller caller, TeacherBatchBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var items = body.Teachers ?? [];
        if (SyncBatch.RefuseSize(BatchField, items.Count) is { } refused)
        {
            return refused;
        }

        return await writes.RunAsync(new PartnerRequest(caller, "POST /api/v1/teachers/batch", idempotencyKey), async write =>
        {
            var staged = await StageAsync(write, [.. items.Select(i => (i?.NationalId, i?.Body))], ct);
            return WriteAnswer.Changed(SyncBatch.Answer(BatchField, await SyncBatch.StoreAsync(write, staged, ct)));
        }, ct);
    }

    /// <summary>GET /api/v1/teachers/{nationalId}: what is stored, to a key whose scope holds the teacher (404 otherwise).</summary>
    public async Task<IResult> GetAsync(ApiCaller caller, string nationalId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var id = nationalId.ToUpperInvariant();
        var teacher = NationalId.IsValid(id) ? await db.Teachers.AsNoTracking().SingleOrDefaultAsync(t => t.NationalId == id, ct) : null;
        if (teacher is not null)
        {
            var places = await PlacesAsync(db, [teacher.ServingInstitutionCode, teacher.LastServingInstitutionCode], ct);
            if (TeacherSyncScope.MayRead(caller.Scope, Placement(teacher, places)))
            {
                return Results.Ok(Answer(teacher));
            }
        }

        // An out-of-scope teacher is answered as an unknown one: a key cannot probe which national IDs are held.
        return Refusal.NotFound(ApiMessages.TeacherNotFound(NationalId.Mask(id))).ToHttp();
    }

    /// <summary>
    /// Judges every item against what is stored — read once for the whole call, in chunks — and stages the accepted ones.
    /// Items are applied in order, so a national ID sent twice ends as its last item says.
    /// </summary>
    private static async Task<StagedSync<TeacherAnswer>> StageAsync(PartnerWrite write, IReadOnlyList<(string? NationalId, TeacherBody? Body)> items,
        CancellationToken ct)
    {
        var db = write.Db;
        var ids = items.Where(i => i.NationalId is not null && NationalId.IsValid(i.NationalId)).Select(i => i.NationalId!.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).ToList();
        var teachers = new Dictionary<string, Teacher>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(SyncBatch.ReadChunk))
        {
            foreach (var teacher in await db.Teachers.Where(t => EF.Parameter(chunk).Contains(t.NationalId)).ToListAsync(ct))
            {
                teachers[teacher.NationalId] = teacher;
            }
        }

        var places = await PlacesAsync(db, items.Select(i => i.Body?.ServingInstitutionCode)
            .Concat(teachers.Values.SelectMany(t => new[] { t.ServingInstitutionCode, t.LastServingInstitutionCode })), ct);
        var outcomes = new List<SyncOutcome<TeacherAnswer>>(items.Count);
        foreach (var (nationalId, body) in items)
        {
            outcomes.Add(Stage(db, write.Caller, nationalId, body, teachers, places, write.Now));
        }

        return new StagedSync<TeacherAnswer>(outcomes);
    }

    private static SyncOutcome<TeacherAnswer> Stage(ConsoleDbContext db, ApiCaller caller, string? nationalId, TeacherBody? body,
        Dictionary<string, Teacher> teachers, IReadOnlyDictionary<string, InstitutionPlace> places, DateTime now)
    {
        var errors = new Api.ApiErrors();
        if (body is null)
        {
            errors.Add("", ApiMessages.BodyMissing());
            return SyncOutcome<TeacherAnswer>.Refused(SyncRefusal.Invalid(errors));
        }

        if (!NationalId.IsValid(nationalId))
        {
            errors.Add("nationalId", ApiMessages.NationalIdInvalid());
        }

        errors.Text("name", body.Name, InputBounds.Name, required: true);
        InstitutionPlace? serving = null;
        if (body.ServingInstitutionCode is { } servingCode && !places.TryGetValue(servingCode, out serving))
        {
            errors.Add("servingInstitutionCode", ApiMessages.ServingInstitutionUnknown(servingCode));
        }

        if (errors.Any)
        {
            return SyncOutcome<TeacherAnswer>.Refused(SyncRefusal.Invalid(errors));
        }

        var id = nationalId!.ToUpperInvariant();
        var existing = teachers.GetValueOrDefault(id);
        switch (TeacherSyncScope.Check(caller.Scope, existing is null ? null : Placement(existing, places), serving))
        {
            case TeacherSyncRefusal.ServingInstitutionOutsideScope:
                return SyncOutcome<TeacherAnswer>.Refused(SyncRefusal.Forbidden(ApiMessages.TeacherServingOutOfScope(serving!.Code)));
            case TeacherSyncRefusal.TeacherOutsideScope:
                return SyncOutcome<TeacherAnswer>.Refused(SyncRefusal.Forbidden(existing is null
                    ? ApiMessages.TeacherNewWithoutServingNeedsAdministrator()
                    : ApiMessages.TeacherOutOfScope()));
        }

        var name = body.Name!.Trim();
        if (existing is not null && existing.Name == name && existing.ServingInstitutionCode == serving?.Code
            && (!body.PreschoolEducator.IsPresent || existing.PreschoolEducator == body.PreschoolEducator.Value))
        {
            // SPEC §14.1: an item equal to what is stored writes nothing and no audit entry.
            return SyncOutcome<TeacherAnswer>.Same(Answer(existing));
        }

        var teacher = existing ?? db.Teachers.Add(new Teacher { NationalId = id, Name = "" }).Entity;
        teachers[id] = teacher;
        var before = existing is null ? null : new { existing.Name, existing.ServingInstitutionCode, existing.PreschoolEducator };
        teacher.Name = name;
        teacher.MoveTo(serving?.Code);
        if (body.PreschoolEducator.IsPresent)
        {
            teacher.PreschoolEducator = body.PreschoolEducator.Value;
        }

        teacher.UpdatedAt = now;
        // The audit log never holds a national ID in clear (SPEC §11).
        db.AuditLog.Add(AuditEntry.Create(now, caller.Actor, existing is null ? "TeacherCreated" : "TeacherUpdated", nameof(Teacher),
            NationalId.Mask(id), before, new { teacher.Name, teacher.ServingInstitutionCode, teacher.PreschoolEducator }));
        return SyncOutcome<TeacherAnswer>.Stored(existing is null, Answer(teacher));
    }

    private static async Task<IReadOnlyDictionary<string, InstitutionPlace>> PlacesAsync(ConsoleDbContext db, IEnumerable<string?> codes,
        CancellationToken ct)
    {
        var wanted = codes.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var places = new Dictionary<string, InstitutionPlace>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(SyncBatch.ReadChunk))
        {
            foreach (var place in await db.Institutions.AsNoTracking().Where(i => EF.Parameter(chunk).Contains(i.Code))
                .Select(i => new InstitutionPlace(i.Code, i.CountyCode)).ToListAsync(ct))
            {
                places[place.Code] = place;
            }
        }

        return places;
    }

    private static TeacherPlacement Placement(Teacher teacher, IReadOnlyDictionary<string, InstitutionPlace> places) => new(
        teacher.ServingInstitutionCode is { } serving ? places.GetValueOrDefault(serving) : null,
        teacher.LastServingInstitutionCode is { } last ? places.GetValueOrDefault(last) : null);

    private static TeacherAnswer Answer(Teacher teacher) => new(teacher.NationalId, teacher.Name, teacher.ServingInstitutionCode,
        teacher.ServingInstitutionCode is not null, teacher.PreschoolEducator);
}
