using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Data;

internal sealed class CountyConfiguration : IEntityTypeConfiguration<County>
{
    public void Configure(EntityTypeBuilder<County> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(5);
        b.Property(x => x.Name).HasMaxLength(10);
    }
}

internal sealed class CentreConfiguration : IEntityTypeConfiguration<Centre>
{
    public void Configure(EntityTypeBuilder<Centre> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(60);
        b.Property(x => x.SupervisorScope).HasMaxLength(10);
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.CountyCode).HasMaxLength(5);
        b.HasIndex(x => x.CentreCode);
        b.HasIndex(x => new { x.CountyCode, x.Type });
    }
}

internal sealed class JurisdictionRuleConfiguration : IEntityTypeConfiguration<JurisdictionRule>
{
    public void Configure(EntityTypeBuilder<JurisdictionRule> b) => b.HasKey(x => x.InstitutionType);
}

internal sealed class TeacherConfiguration : IEntityTypeConfiguration<Teacher>
{
    public void Configure(EntityTypeBuilder<Teacher> b)
    {
        b.HasKey(x => x.NationalId);
        b.Property(x => x.NationalId).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(Domain.InputBounds.Name);
        b.HasIndex(x => x.ServingInstitutionCode);
        b.Property(x => x.LastServingInstitutionCode).HasMaxLength(20);
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.HasIndex(x => x.UserName).IsUnique();
        b.HasIndex(x => x.OidcSubject).IsUnique();
        b.HasIndex(x => x.Email);
        b.Property(x => x.UserName).HasMaxLength(60);
    }
}

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> b)
    {
        b.HasIndex(x => x.KeyHash).IsUnique();
        b.Property(x => x.KeyHash).HasMaxLength(64);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b) => b.HasKey(x => new { x.ClientName, x.Key });
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => x.At);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.HasIndex(x => x.CourseNo).IsUnique();
        // Unique: two concurrent submissions with one externalId must not both become courses (nulls never collide).
        b.HasIndex(x => new { x.OrganiserCode, x.ExternalId }).IsUnique();
        b.HasIndex(x => new { x.CentreCode, x.Status });
        b.HasOne(x => x.Organiser).WithMany().HasForeignKey(x => x.OrganiserCode);
        b.Property(x => x.CourseNo).HasMaxLength(20);
        b.Property(x => x.ContactName).HasMaxLength(120);
        b.Property(x => x.ContactEmail).HasMaxLength(254);
        b.Property(x => x.ContactPhone).HasMaxLength(40);
        b.HasMany(x => x.Versions).WithOne(v => v.Course).HasForeignKey(v => v.CourseId);
    }
}

internal sealed class EnrolledTeacherConfiguration : IEntityTypeConfiguration<EnrolledTeacher>
{
    public void Configure(EntityTypeBuilder<EnrolledTeacher> b)
    {
        b.HasKey(x => new { x.CourseId, x.NationalId });
        b.Property(x => x.NationalId).HasMaxLength(10);
        b.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId);
    }
}

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> b)
    {
        b.HasIndex(x => new { x.CourseId, x.VersionNo }).IsUnique();
        b.HasMany(x => x.Segments).WithOne().HasForeignKey(s => s.CourseVersionId);
        b.HasMany(x => x.Checks).WithOne().HasForeignKey(c => c.CourseVersionId);
    }
}

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItem>
{
    public void Configure(EntityTypeBuilder<ReviewItem> b)
    {
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Property(x => x.DeclaredTags).HasMaxLength(Domain.Tags.TagReviews.QueueListLength);
        // The queue: open items of one centre and kind in SLA order (SPEC §4, §6).
        // Carries assignee and errors as well: SQLite counts a filtered open queue through this index (its Outcome is an
        // equality), and the count then never reads the table.
        b.HasIndex(x => new { x.CentreCode, x.Kind, x.Outcome, x.DueDate, x.OrderDate, x.SubmittedAt, x.AssigneeId, x.ErrorCount })
            .HasDatabaseName("IX_ReviewItems_QueueState");
        // The open queues in queue order (OrderDate, SubmittedAt, Id), with every column a queue filter tests: due date,
        // assignee, errors, version and declared tags (the tag filter) and the texts a search reads (SPEC §6). A first
        // page stops after a page of rows, a count never reads the table, and a search that matches few items reads this
        // index only: the centre's open items, never the whole table (issue #18). Partial: open items are a few percent
        // of all, so the texts cost little; title and name are at most a few hundred characters (SPEC §13.3) and the
        // tags 300 (TagReviews.QueueListLength), within a B-tree entry.
        b.HasIndex(x => new
        {
            x.CentreCode,
            x.Kind,
            x.OrderDate,
            x.SubmittedAt,
            x.Id,
            x.DueDate,
            x.AssigneeId,
            x.ErrorCount,
            x.CourseVersionId,
            x.DeclaredTags,
            x.Title,
            x.OrganiserName,
        }).HasFilter("\"Outcome\" IS NULL").HasDatabaseName("IX_ReviewItems_QueueOrder");
        // The decided view, most recent first.
        b.HasIndex(x => new { x.CentreCode, x.Kind, x.DecidedAt }).HasDatabaseName("IX_ReviewItems_Decided");
        b.HasIndex(x => new { x.CentreCode, x.Kind, x.AssigneeId });
        b.HasIndex(x => x.CourseId);
        // A roster and a cancellation each have exactly one review item (RosterService, CancellationService): unique,
        // so the roster export and the cancellation register join it as one row, found by its index (issue #18).
        b.HasIndex(x => x.RosterId).IsUnique();
        b.HasIndex(x => x.CancellationId).IsUnique();
        // Statistics (SPEC §9): decisions of a period by centre, with the dates compliance and working days need,
        // read off the index alone.
        b.HasIndex(x => new { x.DecidedDate, x.CentreCode, x.SubmittedDate, x.DueDate, x.Kind }).HasDatabaseName("IX_ReviewItems_Statistics");
        // The statistics' backlog: open items by centre and due date. Partial, so it holds the open few percent only
        // (the condition reads the same in SQLite and PostgreSQL).
        b.HasIndex(x => new { x.CentreCode, x.DueDate }).HasFilter("\"Outcome\" IS NULL").HasDatabaseName("IX_ReviewItems_Open");
        b.HasOne(x => x.Course).WithMany().HasForeignKey(x => x.CourseId);
        b.HasOne(x => x.Assignee).WithMany().HasForeignKey(x => x.AssigneeId);
        b.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.ReviewItemId);
    }
}

internal sealed class TagReviewConfiguration : IEntityTypeConfiguration<TagReview>
{
    public void Configure(EntityTypeBuilder<TagReview> b)
    {
        b.HasIndex(x => new { x.CourseVersionId, x.TagName }).IsUnique();
        // The queue's tag filter asks which versions a reviewer gave (or took) one tag: PostgreSQL answers that once per
        // query (a hashed sub-plan), and without this index it read every tag review to do so (the busiest centre's
        // tag-filtered count at 1,000,000 courses: 68 ms; with it 11 ms). Partial, on the reviewers' own changes only: a
        // whole index on tag and state drew the statistics' tag count (confirmed and added tags) onto it, and that count
        // took nearly twice as long on both databases (SQLite 0.85 → 1.52 s for the all-centre workbook).
        b.HasIndex(x => new { x.TagName, x.CourseVersionId }).HasFilter("\"State\" IN ('Added', 'Removed')")
            .HasDatabaseName("IX_TagReviews_ReviewerChanges");
        b.Property(x => x.TagName).HasMaxLength(100);
        b.HasOne<CourseVersion>().WithMany().HasForeignKey(x => x.CourseVersionId);
        b.HasOne<Account>().WithMany().HasForeignKey(x => x.ReviewerId);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b) => b.HasKey(x => x.Date);
}

internal sealed class CountyClosureConfiguration : IEntityTypeConfiguration<CountyClosure>
{
    public void Configure(EntityTypeBuilder<CountyClosure> b) => b.HasIndex(x => new { x.CountyCode, x.Date }).IsUnique();
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> b)
    {
        b.HasIndex(x => x.Name).IsUnique();
        b.HasIndex(x => x.Label);
    }
}

internal sealed class ScheduleSegmentConfiguration : IEntityTypeConfiguration<ScheduleSegment>
{
    // The statistics' case file (共同研討一 提案一 決議二) reads mixed and under-discussion segments: a few percent of
    // all, so a partial index holds just those; with their position, so sorting them in course order reads no segment row.
    public void Configure(EntityTypeBuilder<ScheduleSegment> b) =>
        b.HasIndex(x => new { x.Classification, x.CourseVersionId, x.Index })
            .HasFilter("\"Classification\" IN ('Mixed', 'UnderDiscussion')")
            .HasDatabaseName("IX_ScheduleSegments_CaseFile");
}
