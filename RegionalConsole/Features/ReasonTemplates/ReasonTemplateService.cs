using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Features.ReasonTemplates;

public sealed record ReasonTemplateRow(int Id, ReasonKind Kind, string Text, int UseCount);

/// <summary>
/// Administrators keep common reasons per reason box; reviewers read them most used first and count a use when they pick
/// one. Every administrator's change is audited.
/// </summary>
public sealed class ReasonTemplateService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    /// <summary>The templates of the given kinds, most used first (ties: the older first).</summary>
    public async Task<IReadOnlyList<ReasonTemplateRow>> ListAsync(IReadOnlyCollection<ReasonKind> kinds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ReasonTemplates.AsNoTracking().Where(t => kinds.Contains(t.Kind))
            .OrderByDescending(t => t.UseCount).ThenBy(t => t.Id)
            .Select(t => new ReasonTemplateRow(t.Id, t.Kind, t.Text, t.UseCount)).ToListAsync(ct);
    }

    public Task<IReadOnlyList<ReasonTemplateRow>> ListAllAsync(CancellationToken ct = default) => ListAsync(Enum.GetValues<ReasonKind>(), ct);

    public async Task<ReasonTemplateRefusal> AddAsync(ConsoleUser user, ReasonKind kind, string? text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return ReasonTemplateRefusal.NotAdministrator;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var (template, refusal) = ReasonTemplate.Create(kind, text, now);
        if (template is null)
        {
            return refusal;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ReasonTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "ReasonTemplateAdded", nameof(ReasonTemplate), Id(template),
            after: new { template.Kind, template.Text }));
        await db.SaveChangesAsync(ct);
        return ReasonTemplateRefusal.None;
    }

    public async Task<ReasonTemplateRefusal> RewriteAsync(ConsoleUser user, int id, string? text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return ReasonTemplateRefusal.NotAdministrator;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ReasonTemplates.SingleOrDefaultAsync(t => t.Id == id, ct) is not { } template)
        {
            return ReasonTemplateRefusal.NotFound;
        }

        var before = template.Text;
        var now = clock.GetUtcNow().UtcDateTime;
        var refusal = template.Rewrite(text, now);
        if (refusal == ReasonTemplateRefusal.None)
        {
            db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "ReasonTemplateRewritten", nameof(ReasonTemplate), Id(template),
                before: new { template.Kind, Text = before }, after: new { template.Kind, template.Text }));
            await db.SaveChangesAsync(ct);
        }

        return refusal;
    }

    public async Task<ReasonTemplateRefusal> RemoveAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role != ConsoleRole.Administrator)
        {
            return ReasonTemplateRefusal.NotAdministrator;
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.ReasonTemplates.SingleOrDefaultAsync(t => t.Id == id, ct) is not { } template)
        {
            return ReasonTemplateRefusal.NotFound;
        }

        db.ReasonTemplates.Remove(template);
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "ReasonTemplateRemoved", nameof(ReasonTemplate),
            Id(template), before: new { template.Kind, template.Text }));
        await db.SaveChangesAsync(ct);
        return ReasonTemplateRefusal.None;
    }

    /// <summary>A reviewer picked the template: it moves up the list. One statement, so two pickers at once both count.</summary>
    public async Task RecordUseAsync(int id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.ReasonTemplates.Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UseCount, t => t.UseCount + 1), ct);
    }

    private static string Id(ReasonTemplate template) => template.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
