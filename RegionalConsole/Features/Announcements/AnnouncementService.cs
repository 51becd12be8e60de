using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Sharing;

namespace RegionalConsole.Features.Announcements;

public sealed record AnnouncementDraft(string? Title, string? Body, IReadOnlyCollection<string> AudienceCentres, DateTime? PublishAt, DateTime? ExpiresAt);

public sealed record AnnouncementRow(int Id, string Title, string Body, string PublishedBy, DateTime PublishAt, DateTime? ExpiresAt,
    IReadOnlyList<string> AudienceCentres, bool IsRead, bool IsScheduled, bool CanDelete);

public sealed record UnreadAnnouncement(int Id, string Title, DateTime PublishAt);

public enum SharingStatus
{
    Done,
    Invalid,
    Forbidden,
    NotFound,
}

/// <summary>What became of a publish or delete; <see cref="Errors"/> names each bad field (resource keys).</summary>
public sealed record SharingResult(SharingStatus Status, int? Id = null, IReadOnlyDictionary<string, string>? Errors = null)
{
    public bool Succeeded => Status == SharingStatus.Done;
}

/// <summary>
/// Announcements of 資源分享區: the network and supervisors publish, centres read within the audience (enforced here,
/// not by the page), each account's read marks feed the dashboard. Publishing and deleting are audited.
/// </summary>
public sealed class AnnouncementService(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider clock)
{
    public const int TitleMax = 200;
    public const int BodyMax = 20_000;

    public async Task<List<AnnouncementRow>> ListAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var supervisors = await SupervisorsAsync(db, ct);
        var publisher = SharingAudience.CanPublish(user.Scope);
        // Announcements are few (tens a month); the audience rule runs here rather than in SQL.
        var rows = await db.Announcements.AsNoTracking()
            .Where(a => a.ExpiresAt == null || a.ExpiresAt > now)
            .Where(a => publisher || a.PublishAt <= now)
            .OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
        var read = await db.AnnouncementReads.Where(r => r.AccountId == user.AccountId).Select(r => r.AnnouncementId).ToListAsync(ct);
        return rows.Where(a => SharingAudience.CanSee(user.Scope, a.AudienceCentres, supervisors))
            .Select(a => new AnnouncementRow(a.Id, a.Title, a.Body, a.PublishedByName, a.PublishAt, a.ExpiresAt, a.AudienceCentres,
                read.Contains(a.Id), a.PublishAt > now, SharingAudience.CanDelete(user.Scope, a.PublisherScope)))
            .ToList();
    }

    /// <summary>Published, unexpired announcements addressed to the person that they have not opened yet.</summary>
    public async Task<List<UnreadAnnouncement>> UnreadAsync(ConsoleUser user, CancellationToken ct = default) =>
        (await ListAsync(user, ct)).Where(a => !a.IsRead && !a.IsScheduled).Select(a => new UnreadAnnouncement(a.Id, a.Title, a.PublishAt)).ToList();

    public async Task<SharingResult> MarkReadAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var announcement = await db.Announcements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (announcement is null || !SharingAudience.CanSee(user.Scope, announcement.AudienceCentres, await SupervisorsAsync(db, ct)))
        {
            return new SharingResult(SharingStatus.NotFound);
        }

        if (!await db.AnnouncementReads.AnyAsync(r => r.AnnouncementId == id && r.AccountId == user.AccountId, ct))
        {
            db.AnnouncementReads.Add(new AnnouncementRead { AnnouncementId = id, AccountId = user.AccountId, ReadAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Marked in another tab at the same moment: read either way.
            }
        }

        return new SharingResult(SharingStatus.Done, id);
    }

    public async Task<SharingResult> PublishAsync(ConsoleUser user, AnnouncementDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(draft);
        if (!SharingAudience.CanPublish(user.Scope))
        {
            return new SharingResult(SharingStatus.Forbidden);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var audience = SharingAudience.Resolve(user.Scope, draft.AudienceCentres, await CentresAsync(db, ct));
        var errors = new Dictionary<string, string>();
        var title = draft.Title?.Trim() ?? "";
        var body = draft.Body?.Trim() ?? "";
        var publishAt = draft.PublishAt ?? now;
        if (title.Length == 0 || title.Length > TitleMax)
        {
            errors["title"] = "AnnouncementTitleInvalid";
        }

        if (body.Length == 0 || body.Length > BodyMax)
        {
            errors["body"] = "AnnouncementBodyInvalid";
        }

        if (audience is null)
        {
            errors["audience"] = "SharingAudienceOutOfScope";
        }

        if (draft.ExpiresAt is { } expires && expires <= publishAt)
        {
            errors["expiresAt"] = "AnnouncementExpiryBeforePublish";
        }

        if (errors.Count > 0)
        {
            return new SharingResult(SharingStatus.Invalid, Errors: errors);
        }

        // The announcement and its audit entry commit together (the entry needs the new id, hence two saves).
        var id = await contexts.InTransactionAsync(async (tx, token) =>
        {
            var announcement = new Announcement
            {
                Title = title,
                Body = body,
                AudienceCentres = [.. audience!],
                PublisherScope = user.Role == ConsoleRole.Supervisor ? user.Scope.SupervisorScope : null,
                PublishedById = user.AccountId,
                PublishedByName = user.DisplayName,
                PublishAt = publishAt,
                ExpiresAt = draft.ExpiresAt,
                CreatedAt = now,
            };
            tx.Announcements.Add(announcement);
            await tx.SaveChangesAsync(token);
            tx.AuditLog.Add(AuditEntry.Create(now, user.UserName, "AnnouncementPublish", nameof(Announcement),
                announcement.Id.ToString(CultureInfo.InvariantCulture),
                after: new { announcement.Title, announcement.AudienceCentres, announcement.PublishAt, announcement.ExpiresAt }));
            await tx.SaveChangesAsync(token);
            return announcement.Id;
        }, ct);
        return new SharingResult(SharingStatus.Done, id);
    }

    public async Task<SharingResult> DeleteAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var announcement = await db.Announcements.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (announcement is null || !SharingAudience.CanSee(user.Scope, announcement.AudienceCentres, await SupervisorsAsync(db, ct)))
        {
            return new SharingResult(SharingStatus.NotFound);
        }

        if (!SharingAudience.CanDelete(user.Scope, announcement.PublisherScope))
        {
            return new SharingResult(SharingStatus.Forbidden);
        }

        db.Announcements.Remove(announcement);
        db.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "AnnouncementDelete", nameof(Announcement),
            id.ToString(CultureInfo.InvariantCulture),
            before: new { announcement.Title, announcement.AudienceCentres, announcement.PublishAt, announcement.PublishedByName }));
        await db.SaveChangesAsync(ct);
        return new SharingResult(SharingStatus.Done, id);
    }

    /// <summary>The centres a person may address, for the audience picker.</summary>
    public async Task<List<(string Code, string Name)>> AddressableCentresAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var centres = await db.Centres.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        return centres.Where(c => user.Role == ConsoleRole.Administrator
                || (user.Role == ConsoleRole.Supervisor && c.SupervisorScope == user.Scope.SupervisorScope))
            .Select(c => (c.Code, c.Name)).ToList();
    }

    internal static async Task<Dictionary<string, string>> SupervisorsAsync(ConsoleDbContext db, CancellationToken ct) =>
        await db.Centres.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.SupervisorScope, ct);

    internal static async Task<List<AudienceCentre>> CentresAsync(ConsoleDbContext db, CancellationToken ct) =>
        await db.Centres.AsNoTracking().Select(c => new AudienceCentre(c.Code, c.SupervisorScope)).ToListAsync(ct);
}
