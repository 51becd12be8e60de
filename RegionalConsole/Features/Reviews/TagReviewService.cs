using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Auth;
using RegionalConsole.Data;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Checks;
using RegionalConsole.Domain.Tags;
using RegionalConsole.Features.Tags;

namespace RegionalConsole.Features.Reviews;

public enum TagReviewStatus
{
    Recorded,
    NotFound,

    /// <summary>The rules refused the act (<see cref="TagReviewResult.Refusal"/> says why); nothing changed.</summary>
    Refused,
}

public sealed record TagReviewResult(TagReviewStatus Status, TagReviewRefusal Refusal = TagReviewRefusal.None)
{
    public bool Succeeded => Status == TagReviewStatus.Recorded;
}

/// <summary>One tag on the review screen: declared or suggested, where the reviewer left it, and the checks about it.</summary>
public sealed record TagReviewRow(string Name, string Label, bool Declared, TagReviewState? State, string? Reason, IReadOnlyList<StoredCheckResult> Checks);

/// <summary>The tags of the version under review (SPEC §5.2): declared ones to confirm or remove, suggestions to add.</summary>
public sealed record TagReviewSheet(IReadOnlyList<TagReviewRow> Declared, IReadOnlyList<TagReviewRow> Suggested, bool CanEdit);

/// <summary>
/// The reviewer's confirm, remove (with a reason) and add of tags on a course review item (SPEC §5.2), and undo. Each
/// act and its audit entry are saved together. Bumping the item's revision ties the act to the item's decision:
/// a decision and a tag change racing each other cannot both pass on what the other has not seen.
/// </summary>
public sealed class TagReviewService(IDbContextFactory<ConsoleDbContext> contexts, TagRegistryService tags, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<TagReviewSheet?> SheetAsync(ConsoleUser user, int itemId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.ReviewItems.AsNoTracking().Where(i => i.Id == itemId && i.Kind == ReviewKind.Course && i.CourseVersionId != null)
            .Select(i => new { i.CentreCode, i.CourseVersionId, i.Outcome }).SingleOrDefaultAsync(ct);
        if (item is null)
        {
            return null;
        }

        var supervisorScope = await db.Centres.Where(c => c.Code == item.CentreCode).Select(c => c.SupervisorScope).SingleAsync(ct);
        if (!user.Scope.CanRead(item.CentreCode, supervisorScope))
        {
            return null;
        }

        var versionId = item.CourseVersionId!.Value;
        var declared = await db.CourseVersions.Where(v => v.Id == versionId).Select(v => v.Tags).SingleAsync(ct);
        var checks = await db.CheckResults.AsNoTracking().Where(c => c.CourseVersionId == versionId && c.Tag != null).OrderBy(c => c.Id).ToListAsync(ct);
        var reviews = await db.TagReviews.AsNoTracking().Where(r => r.CourseVersionId == versionId).ToDictionaryAsync(r => r.TagName, ct);
        var registry = await tags.GetAsync(ct);

        var names = TagReviews.DeclaredNames(declared, registry);
        TagReviewRow Row(string name, bool isDeclared) => new(name, registry.LabelOf(name), isDeclared,
            reviews.GetValueOrDefault(name)?.State, reviews.GetValueOrDefault(name)?.Reason,
            [.. checks.Where(c => c.Tag == name && c.Code != CheckCodes.TagSuggested)]);
        var suggested = checks.Where(c => c.Code == CheckCodes.TagSuggested).Select(c => c.Tag!)
            .Concat(reviews.Values.Where(r => r.State == TagReviewState.Added).Select(r => r.TagName))
            .Where(n => !names.Contains(n)).Distinct(StringComparer.Ordinal);
        return new TagReviewSheet(
            [.. names.Select(n => Row(n, isDeclared: true))],
            [.. suggested.Select(n => Row(n, isDeclared: false) with { Checks = [.. checks.Where(c => c.Tag == n)] })],
            user.Scope.CanWork(item.CentreCode) && item.Outcome is null);
    }

    public async Task<TagReviewResult> ApplyAsync(ConsoleUser user, int itemId, TagReviewAction action, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(action);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryApplyAsync(user, itemId, action, ct);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A colleague reviewed the same tag, or decided the item, meanwhile: judge again on what is there now.
            }
        }
    }

    private async Task<TagReviewResult> TryApplyAsync(ConsoleUser user, int itemId, TagReviewAction action, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var item = await db.ReviewItems.SingleOrDefaultAsync(i => i.Id == itemId && i.Kind == ReviewKind.Course && i.CourseVersionId != null, ct);
        if (item is null)
        {
            return new TagReviewResult(TagReviewStatus.NotFound);
        }

        var versionId = item.CourseVersionId!.Value;
        var version = await db.CourseVersions.Where(v => v.Id == versionId).Select(v => new { v.Tags, v.StartDate }).SingleAsync(ct);
        var reviews = await db.TagReviews.Where(r => r.CourseVersionId == versionId).ToListAsync(ct);
        var registry = await tags.GetAsync(ct);
        var subject = new TagReviewSubject(item.CentreCode, item.Outcome is not null, version.Tags, version.StartDate,
            reviews.ToDictionary(r => r.TagName, r => r.State, StringComparer.Ordinal));
        var refusal = action.RefusalFor(user.Scope, subject, registry);
        if (refusal != TagReviewRefusal.None)
        {
            return new TagReviewResult(TagReviewStatus.Refused, refusal);
        }

        var name = action.TagName(registry);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = reviews.SingleOrDefault(r => r.TagName == name);
        var before = row is null ? null : new { Tag = name, row.State, row.Reason };
        if (action.Result is not { } state)
        {
            db.TagReviews.Remove(row!);
        }
        else if (row is null)
        {
            db.TagReviews.Add(new TagReview { CourseVersionId = versionId, TagName = name, State = state, Reason = action.Reason, ReviewerId = user.AccountId, At = now });
        }
        else
        {
            (row.State, row.Reason, row.ReviewerId, row.At) = (state, action.Reason, user.AccountId, now);
        }

        item.Revision = Guid.NewGuid();
        db.AuditLog.Add(AuditEntry.Create(now, user.UserName, "Tag" + action.Verb, nameof(ReviewItem),
            item.Id.ToString(CultureInfo.InvariantCulture),
            before: before,
            after: action.Result is { } after ? new { Tag = name, State = after, action.Reason, CourseVersionId = versionId } : null,
            reason: action.Reason));
        await db.SaveChangesAsync(ct);
        return new TagReviewResult(TagReviewStatus.Recorded);
    }
}
