using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Changes;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data;

/// <summary>
/// Sees, at every SaveChanges, which course changes of SPEC §14.2 the save makes, from the entities' state alone — so
/// the write services need not say so and cannot forget. The changes are only noted here; <see cref="ChangeJournal"/>
/// writes them when the transaction commits. A save that makes changes outside a transaction gets one of its own,
/// committed right after the save, so the change rows are never written apart from the change.
/// </summary>
internal sealed class ChangeCapture : SaveChangesInterceptor
{
    public static readonly ChangeCapture Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) is { } db)
        {
            // Owned before it starts: starting a transaction otherwise forgets what was noted before it.
            db.Journal.OwnsTransaction = true;
            db.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) is { } db)
        {
            db.Journal.OwnsTransaction = true;
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is ConsoleDbContext { Journal.OwnsTransaction: true } db)
        {
            db.Journal.OwnsTransaction = false;
            db.Database.CommitTransaction();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ConsoleDbContext { Journal.OwnsTransaction: true } db)
        {
            db.Journal.OwnsTransaction = false;
            await db.Database.CommitTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => RollBackOwned(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        RollBackOwned(eventData.Context);
        return Task.CompletedTask;
    }

    private static void RollBackOwned(DbContext? context)
    {
        if (context is ConsoleDbContext { Journal.OwnsTransaction: true } db)
        {
            db.Journal.OwnsTransaction = false;
            db.Database.RollbackTransaction();
        }
    }

    /// <summary>Notes the save's changes; answers the context when it needs a transaction of its own for them.</summary>
    private static ConsoleDbContext? Capture(DbContext? context)
    {
        if (context is not ConsoleDbContext db)
        {
            return null;
        }

        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var before = db.Journal.Count;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && TypeOf(entry) is { } type)
            {
                db.Journal.Note(type, entry.Entity);
            }
        }

        return db.Journal.Count > before && db.Database.CurrentTransaction is null ? db : null;
    }

    /// <summary>The change an entity's new state means, if any (SPEC §14.2's types).</summary>
    private static ChangeType? TypeOf(EntityEntry entry) => entry.Entity switch
    {
        Course when entry.State == EntityState.Added => ChangeType.CourseSubmitted,
        Course when Changed(entry, nameof(Course.CurrentVersionNo)) => ChangeType.CourseModified,
        Course when Changed(entry, nameof(Course.EnrolledCount)) => ChangeType.EnrolmentChanged,
        EnrolledTeacher => ChangeType.EnrolmentChanged,
        Cancellation when entry.State == EntityState.Added => ChangeType.CourseCancelled,
        Roster when entry.State == EntityState.Added => ChangeType.RosterSubmitted,
        StudyRecord when entry.State == EntityState.Added => ChangeType.HoursIssued,
        TagReview when entry.State == EntityState.Added || Changed(entry, nameof(TagReview.State)) => ChangeType.TagJudged,
        // A withdrawn item (the course was cancelled under review) is no decision: CourseCancelled says it.
        ReviewItem item when item.Outcome is { } outcome && outcome != ReviewOutcome.Withdrawn && Changed(entry, nameof(ReviewItem.Outcome)) => item.Kind switch
        {
            ReviewKind.Course => ChangeType.CourseDecided,
            ReviewKind.Roster => ChangeType.RosterDecided,
            _ => ChangeType.CancellationReviewed,
        },
        _ => null,
    };

    private static bool Changed(EntityEntry entry, string property) =>
        entry.State == EntityState.Modified && entry.Property(property) is { IsModified: true } p && !Equals(p.OriginalValue, p.CurrentValue);
}
