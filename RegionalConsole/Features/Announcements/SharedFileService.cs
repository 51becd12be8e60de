using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain;
using RegionalConsole.Domain.Sharing;

namespace RegionalConsole.Features.Announcements;

public sealed record SharedFileRow(int Id, string FileName, long Size, string? Description, string UploadedBy, DateTime UploadedAt,
    IReadOnlyList<string> AudienceCentres, bool CanDelete);

public sealed record SharedFileDownload(string FileName, string ContentType, byte[] Content);

public sealed record UploadResult(SharingStatus Status, UploadRefusal Refusal = UploadRefusal.None, int? Id = null, IReadOnlyDictionary<string, string>? Errors = null)
{
    public bool Succeeded => Status == SharingStatus.Done;
}

/// <summary>
/// Files of 資源分享區, stored in the database (every node serves them). An upload over the size limit or of a type
/// outside the allow-list — judged by its first bytes, not its name — is refused whole: nothing is stored.
/// </summary>
public sealed class SharedFileService(IDbContextFactory<ConsoleDbContext> contexts, SharingOptions options, TimeProvider clock)
{
    public long MaxFileBytes => options.MaxFileBytes;

    public async Task<List<SharedFileRow>> ListAsync(ConsoleUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var supervisors = await AnnouncementService.SupervisorsAsync(db, ct);
        var rows = await db.SharedFiles.AsNoTracking().OrderByDescending(f => f.UploadedAt).ThenByDescending(f => f.Id)
            .Select(f => new { f.Id, f.FileName, f.Size, f.Description, f.UploadedByName, f.UploadedAt, f.AudienceCentres, f.PublisherScope })
            .ToListAsync(ct);
        return rows.Where(f => SharingAudience.CanSee(user.Scope, f.AudienceCentres, supervisors))
            .Select(f => new SharedFileRow(f.Id, f.FileName, f.Size, f.Description, f.UploadedByName, f.UploadedAt, f.AudienceCentres,
                SharingAudience.CanDelete(user.Scope, f.PublisherScope)))
            .ToList();
    }

    /// <param name="declaredSize">The size the browser announced; the bytes actually read are checked as well.</param>
    public async Task<UploadResult> UploadAsync(ConsoleUser user, string fileName, Stream content, long declaredSize, string? description,
        IReadOnlyCollection<string> audienceCentres, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(audienceCentres);
        if (!SharingAudience.CanPublish(user.Scope))
        {
            return new UploadResult(SharingStatus.Forbidden);
        }

        if (declaredSize > options.MaxFileBytes)
        {
            return Refused(UploadRefusal.TooLarge);
        }

        // Read at most one byte past the limit: a stream longer than announced is refused without buffering it all.
        var bytes = await ReadLimitedAsync(content, options.MaxFileBytes + 1, ct);
        var name = Path.GetFileName(fileName ?? "").Trim();
        var refusal = SharedFileType.Check(name, bytes.Length, options.MaxFileBytes, bytes.AsSpan(0, Math.Min(bytes.Length, SharedFileType.HeaderLength)), out var contentType);
        if (refusal != UploadRefusal.None)
        {
            return Refused(refusal);
        }

        await using var db = await contexts.CreateDbContextAsync(ct);
        var audience = SharingAudience.Resolve(user.Scope, audienceCentres, await AnnouncementService.CentresAsync(db, ct));
        if (audience is null)
        {
            return new UploadResult(SharingStatus.Invalid, Errors: new Dictionary<string, string> { ["audience"] = "SharingAudienceOutOfScope" });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // The file and its audit entry commit together (the entry needs the new id, hence two saves).
        var id = await contexts.InTransactionAsync(async (tx, token) =>
        {
            var file = new SharedFile
            {
                FileName = name.Length > 255 ? name[^255..] : name,
                ContentType = contentType,
                Size = bytes.Length,
                Content = bytes,
                Sha256 = sha256,
                Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim()[..Math.Min(description.Trim().Length, 500)],
                AudienceCentres = [.. audience],
                PublisherScope = user.Role == ConsoleRole.Supervisor ? user.Scope.SupervisorScope : null,
                UploadedById = user.AccountId,
                UploadedByName = user.DisplayName,
                UploadedAt = now,
            };
            tx.SharedFiles.Add(file);
            await tx.SaveChangesAsync(token);
            tx.AuditLog.Add(AuditEntry.Create(now, user.UserName, "SharedFileUpload", nameof(SharedFile), file.Id.ToString(CultureInfo.InvariantCulture),
                after: new { file.FileName, file.Size, file.Sha256, file.AudienceCentres }));
            await tx.SaveChangesAsync(token);
            return file.Id;
        }, ct);
        return new UploadResult(SharingStatus.Done, Id: id);
    }

    /// <summary>The file, or null when it does not exist or is not addressed to the person (both answer 404).</summary>
    public async Task<SharedFileDownload?> DownloadAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var audience = await db.SharedFiles.Where(f => f.Id == id).Select(f => f.AudienceCentres).SingleOrDefaultAsync(ct);
        if (audience is null || !SharingAudience.CanSee(user.Scope, audience, await AnnouncementService.SupervisorsAsync(db, ct)))
        {
            return null;
        }

        return await db.SharedFiles.Where(f => f.Id == id).Select(f => new SharedFileDownload(f.FileName, f.ContentType, f.Content)).SingleAsync(ct);
    }

    public async Task<SharingResult> DeleteAsync(ConsoleUser user, int id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var file = await db.SharedFiles.Where(f => f.Id == id)
            .Select(f => new { f.FileName, f.Size, f.Sha256, f.AudienceCentres, f.PublisherScope }).SingleOrDefaultAsync(ct);
        if (file is null || !SharingAudience.CanSee(user.Scope, file.AudienceCentres, await AnnouncementService.SupervisorsAsync(db, ct)))
        {
            return new SharingResult(SharingStatus.NotFound);
        }

        if (!SharingAudience.CanDelete(user.Scope, file.PublisherScope))
        {
            return new SharingResult(SharingStatus.Forbidden);
        }

        await contexts.InTransactionAsync(async (tx, token) =>
        {
            await tx.SharedFiles.Where(f => f.Id == id).ExecuteDeleteAsync(token);
            tx.AuditLog.Add(AuditEntry.Create(clock.GetUtcNow().UtcDateTime, user.UserName, "SharedFileDelete", nameof(SharedFile),
                id.ToString(CultureInfo.InvariantCulture), before: new { file.FileName, file.Size, file.Sha256, file.AudienceCentres }));
            return await tx.SaveChangesAsync(token);
        }, ct);
        return new SharingResult(SharingStatus.Done, id);
    }

    private static UploadResult Refused(UploadRefusal refusal) => new(SharingStatus.Invalid, refusal,
        Errors: new Dictionary<string, string> { ["file"] = "UploadRefused" + refusal });

    private static async Task<byte[]> ReadLimitedAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (buffer.Length < limit && (read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
