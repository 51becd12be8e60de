using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Rulings;

namespace RegionalConsole.Features.Rulings;

/// <summary>What a supervisor types to record a ruling; <see cref="CountyCode"/> null = nationwide.</summary>
public sealed class RulingForm
{
    public string? Subject { get; set; }
    public string? Keywords { get; set; }
    public string? CountsToward { get; set; }
    public string? Conclusion { get; set; }
    public string? LegalBasis { get; set; }
    public string? Scope { get; set; }
    public string? CountyCode { get; set; }
}

public enum RulingStatus
{
    Recorded,
    Forbidden,
    Invalid,
    Retired,
    NotFound,

    /// <summary>Someone retired it first; nothing changed.</summary>
    AlreadyRetired,
}

/// <param name="Missing">The form fields left empty, when <see cref="RulingStatus.Invalid"/>.</param>
public sealed record RulingResult(RulingStatus Status, IReadOnlyList<string> Missing);

/// <summary>
/// Hour-equivalence rulings (綜合座談; SPEC §8): everyone on staff reads them; recording or retiring one is audited. A
/// retired ruling stays listed for history (SPEC §13.2).
/// </summary>
public sealed class RulingService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    /// <summary>Rulings in force first, then retired ones; newest first in each.</summary>
    public async Task<IReadOnlyList<HourRuling>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rulings = await db.HourRulings.AsNoTracking().ToListAsync(ct);
        return [.. rulings.OrderBy(r => r.RetiredAt is not null).ThenByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id)];
    }

    /// <summary>
    /// Retires a ruling (SPEC §13.2): a supervisor of its county (國教署's for a nationwide one) or an administrator. The
    /// first of two at once wins; the ruling and its audit entry commit together.
    /// </summary>
    public async Task<RulingStatus> RetireAsync(ConsoleUser user, int rulingId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow().UtcDateTime;
        return await contexts.InTransactionAsync(async (db, token) =>
        {
            var ruling = await db.HourRulings.AsNoTracking().Where(r => r.Id == rulingId)
                .Select(r => new { r.CountyCode, r.RetiredAt, r.Subject }).SingleOrDefaultAsync(token);
            if (ruling is null)
            {
                return RulingStatus.NotFound;
            }

            if (!RulingPermissions.MayRetire(user.Scope, ruling.CountyCode))
            {
                return RulingStatus.Forbidden;
            }

            var retired = await db.HourRulings.Where(r => r.Id == rulingId && r.RetiredAt == null).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.RetiredAt, now).SetProperty(r => r.RetiredBy, user.UserName), token);
            if (retired == 0)
            {
                return RulingStatus.AlreadyRetired;
            }

            db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "RulingRetired", nameof(HourRuling),
                rulingId.ToString(CultureInfo.InvariantCulture),
                before: new { ruling.Subject, RetiredAt = (DateTime?)null }, after: new { ruling.Subject, RetiredAt = now, RetiredBy = user.UserName }));
            await db.SaveChangesAsync(token);
            return RulingStatus.Retired;
        }, ct);
    }

    public async Task<RulingResult> RecordAsync(ConsoleUser user, RulingForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(form);
        var requested = string.IsNullOrWhiteSpace(form.CountyCode) ? null : form.CountyCode.Trim();
        if (!RulingPermissions.MayRecord(user.Scope) || !RulingPermissions.TryCounty(user.Scope, requested, out var county)
            || (county is not null && !Counties.Names.ContainsKey(county)))
        {
            return new RulingResult(RulingStatus.Forbidden, []);
        }

        var keywords = RulingMatcher.SplitKeywords(form.Keywords);
        var missing = new List<string>();
        Require(nameof(form.Subject), form.Subject, missing);
        Require(nameof(form.CountsToward), form.CountsToward, missing);
        Require(nameof(form.Conclusion), form.Conclusion, missing);
        Require(nameof(form.LegalBasis), form.LegalBasis, missing);
        Require(nameof(form.Scope), form.Scope, missing);
        if (keywords.Count == 0)
        {
            missing.Add(nameof(form.Keywords));
        }

        if (missing.Count > 0)
        {
            return new RulingResult(RulingStatus.Invalid, missing);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var ruling = new HourRuling
        {
            Subject = form.Subject!.Trim(),
            CourseKeywords = [.. keywords],
            CountsToward = form.CountsToward!.Trim(),
            Conclusion = form.Conclusion!.Trim(),
            LegalBasis = form.LegalBasis!.Trim(),
            Scope = form.Scope!.Trim(),
            CountyCode = county,
            RecordedBy = user.UserName,
            RecordedAt = now,
        };
        // The ruling and its audit entry commit together; the entry is named by the ruling's id.
        await contexts.InTransactionAsync(async (db, token) =>
        {
            db.HourRulings.Add(ruling);
            await db.SaveChangesAsync(token);
            db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "RulingRecorded", nameof(HourRuling),
                ruling.Id.ToString(CultureInfo.InvariantCulture),
                after: new { ruling.Subject, ruling.CourseKeywords, ruling.CountsToward, ruling.LegalBasis, ruling.Scope, ruling.CountyCode }));
            await db.SaveChangesAsync(token);
            return ruling.Id;
        }, ct);
        return new RulingResult(RulingStatus.Recorded, []);
    }

    private static void Require(string field, string? value, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            missing.Add(field);
        }
    }
}
