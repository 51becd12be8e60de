using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Courses;
using RegionalConsole.Features.Accounts;
using RegionalConsole.Features.Api;
using RegionalConsole.Features.Institutions;
using RegionalConsole.Features.Queues;

namespace RegionalConsole.Features.Sync;

/// <summary>The daily institution sync (機關資料) of SPEC §10 and §14.1: PUT one, POST a batch, GET one back.</summary>
public sealed class InstitutionSyncService(IDbContextFactory<ConsoleDbContext> contexts, PartnerWrites writes, OpenItemMover mover)
{
    private const string BatchField = "institutions";

    public Task<PartnerWriteResult> PutAsync(ApiCaller caller, string code, InstitutionBody body, CancellationToken ct) =>
        writes.RunAsync(new PartnerRequest(caller, "PUT /api/v1/institutions", null), async write =>
        {
            var stored = await SyncBatch.StoreAsync(write, await StageAsync(write, [(code, body)], ct), ct);
            return SyncBatch.Single(stored[0], a => $"/api/v1/institutions/{a.Code}");
        }, ct);

    public async Task<PartnerWriteResult> PostBatchAsync(ApiCaller caller, InstitutionBatchBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var items = body.Institutions ?? [];
        if (SyncBatch.RefuseSize(BatchField, items.Count) is { } refused)
        {
            return refused;
        }

        return await writes.RunAsync(new PartnerRequest(caller, "POST /api/v1/institutions/batch", idempotencyKey), async write =>
        {
            var staged = await StageAsync(write, [.. items.Select(i => (i?.Code, i?.Body))], ct);
            return WriteAnswer.Changed(SyncBatch.Answer(BatchField, await SyncBatch.StoreAsync(write, staged, ct), a => a.Warnings));
        }, ct);
    }

    /// <summary>GET /api/v1/institutions/{code}: what is stored, to a key whose scope holds it (404 otherwise).</summary>
    public async Task<IResult> GetAsync(ApiCaller caller, string code, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var institution = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, ct);
        return institution is not null && caller.MayActFor(institution.Code, institution.CountyCode)
            ? Results.Ok(Answer(institution, null))
            : Refusal.NotFound(ApiMessages.InstitutionNotFound(code)).ToHttp();
    }

    private async Task<StagedSync<InstitutionAnswer>> StageAsync(PartnerWrite write, IReadOnlyList<(string? Code, InstitutionBody? Body)> items,
        CancellationToken ct)
    {
        var (db, caller) = (write.Db, write.Caller);
        var codes = items.Select(i => i.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var institutions = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(SyncBatch.ReadChunk))
        {
            foreach (var institution in await db.Institutions.Where(i => EF.Parameter(chunk).Contains(i.Code)).ToListAsync(ct))
            {
                institutions[institution.Code] = institution;
            }
        }

        var call = new InstitutionSyncCall(db, caller, institutions, write.Now,
            await db.JurisdictionRules.AsNoTracking().Select(r => new JurisdictionRow(r.InstitutionType, r.CentreCode, r.Source)).ToListAsync(ct),
            await CentreStaffing.ReadAsync(db, ct));
        var outcomes = items.Select(i => call.Stage(i.Code, i.Body)).ToList();
        if (call.Moved.Count == 0)
        {
            return new StagedSync<InstitutionAnswer>(outcomes);
        }

        return new StagedSync<InstitutionAnswer>(outcomes, async token =>
        {
            // Re-typed or moved: its open items follow to the new centre as an administrator's edit moves them (SPEC §13.2).
            var touched = new List<(string Centre, ReviewKind Kind)>();
            foreach (var (code, centre) in call.Moved)
            {
                touched.AddRange(await mover.ApplyAsync(db, OpenItemMover.Target.Organiser(db, code, centre), caller.Actor, $"機關資料同步：{code}", token));
            }

            foreach (var change in OpenItemMover.Changes(touched.Distinct()))
            {
                write.Notify(change);
            }
        });
    }

    internal static InstitutionAnswer Answer(Institution institution, IReadOnlyList<ApiWarning>? warnings) => new(institution.Code,
        institution.Name, institution.Type.ToString(), institution.CountyCode, institution.CentreCode, institution.CentreCode is not null,
        institution.ContactEmail)
    {
        Warnings = warnings,
    };
}
