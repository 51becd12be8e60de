using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
public sealed class InstitutionSyncService(IDbContextFactory<ConsoleDbContext> contexts, OpenItemMover mover, IQueueNotifier notifier,
    TimeProvider clock, IOptions<JsonOptions> json)
{
    private const string BatchField = "institutions";

    public async Task<IResult> PutAsync(ApiCaller caller, string code, InstitutionBody body, CancellationToken ct)
    {
        var (_, outcomes) = await SyncBatch.StoreAsync<InstitutionAnswer>(contexts, caller, null,
            (db, token) => StageAsync(db, caller, [(code, body)], token), ct);
        return outcomes[0] switch
        {
            { Refusal: { } refusal } => refusal.ToResult(),
            { Status: StatusCodes.Status201Created, Answer: { } answer } => Results.Created($"/api/v1/institutions/{answer.Code}", answer),
            { Answer: { } answer } => Results.Ok(answer),
            _ => throw new InvalidOperationException("An institution is either refused or answered."),
        };
    }

    public async Task<IResult> PostBatchAsync(ApiCaller caller, InstitutionBatchBody body, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var items = body.Institutions ?? [];
        if (SyncBatch.RefuseSize(BatchField, items.Count) is { } refused)
        {
            return refused;
        }

        var idempotency = new IdempotentBatch<InstitutionAnswer>(idempotencyKey, "POST /api/v1/institutions/batch", json.Value.SerializerOptions,
            clock.GetUtcNow().UtcDateTime, outcomes => SyncBatch.Answer(BatchField, outcomes, a => a.Warnings));
        var (replay, stored) = await SyncBatch.StoreAsync(contexts, caller, idempotency,
            (db, token) => StageAsync(db, caller, items.Select(i => (i?.Code, i?.Body)).ToList(), token), ct);
        return replay ?? Results.Ok(SyncBatch.Answer(BatchField, stored, a => a.Warnings));
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

    private async Task<StagedSync<InstitutionAnswer>> StageAsync(ConsoleDbContext db, ApiCaller caller,
        IReadOnlyList<(string? Code, InstitutionBody? Body)> items, CancellationToken ct)
    {
        var codes = items.Select(i => i.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var institutions = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var chunk in codes.Chunk(SyncBatch.ReadChunk))
        {
            foreach (var institution in await db.Institutions.Where(i => chunk.Contains(i.Code)).ToListAsync(ct))
            {
                institutions[institution.Code] = institution;
            }
        }

        var call = new InstitutionSyncCall(db, caller, institutions, clock.GetUtcNow().UtcDateTime,
            await db.JurisdictionRules.AsNoTracking().Select(r => new JurisdictionRow(r.InstitutionType, r.CentreCode, r.Source)).ToListAsync(ct),
            await CentreStaffing.ReadAsync(db, ct));
        var outcomes = items.Select(i => call.Stage(i.Code, i.Body)).ToList();
        if (call.Moved.Count == 0)
        {
            return new StagedSync<InstitutionAnswer>(outcomes);
        }

        var touched = new List<(string Centre, ReviewKind Kind)>();
        return new StagedSync<InstitutionAnswer>(outcomes,
            BeforeCommit: async token =>
            {
                // Re-typed or moved: its open items follow to the new centre as an administrator's edit moves them (SPEC §13.2).
                foreach (var (code, centre) in call.Moved)
                {
                    touched.AddRange(await mover.ApplyAsync(db, OpenItemMover.Target.Organiser(db, code, centre), caller.Actor, $"機關資料同步：{code}", token));
                }
            },
            AfterCommit: () => OpenItemMover.Publish(notifier, touched.Distinct()));
    }

    internal static InstitutionAnswer Answer(Institution institution, IReadOnlyList<ApiWarning>? warnings) => new(institution.Code,
        institution.Name, institution.Type.ToString(), institution.CountyCode, institution.CentreCode, institution.CentreCode is not null,
        institution.ContactEmail)
    {
        Warnings = warnings,
    };
}
