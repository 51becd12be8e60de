using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Data;

/// <summary>
/// The console's database. Provider-specific subclasses exist only so that each provider keeps its own migrations.
/// </summary>
public abstract class ConsoleDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<County> Counties => Set<County>();
    public DbSet<Centre> Centres => Set<Centre>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<JurisdictionRule> JurisdictionRules => Set<JurisdictionRule>();
    public DbSet<Teacher> Teachers => Set<Teacher>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();
    public DbSet<EnrolledTeacher> EnrolledTeachers => Set<EnrolledTeacher>();
    public DbSet<ScheduleSegment> ScheduleSegments => Set<ScheduleSegment>();
    public DbSet<StoredCheckResult> CheckResults => Set<StoredCheckResult>();
    public DbSet<ReviewItem> ReviewItems => Set<ReviewItem>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<TagReview> TagReviews => Set<TagReview>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CountyClosure> CountyClosures => Set<CountyClosure>();
    public DbSet<ScheduleTerm> ScheduleTerms => Set<ScheduleTerm>();
    public DbSet<ReasonTemplate> ReasonTemplates => Set<ReasonTemplate>();
    public DbSet<Cancellation> Cancellations => Set<Cancellation>();
    public DbSet<Roster> Rosters => Set<Roster>();
    public DbSet<RosterAttendee> RosterAttendees => Set<RosterAttendee>();
    public DbSet<StudyRecord> StudyRecords => Set<StudyRecord>();
    public DbSet<ExchangeRun> ExchangeRuns => Set<ExchangeRun>();
    public DbSet<ExchangeSentRecord> ExchangeSentRecords => Set<ExchangeSentRecord>();
    public DbSet<ExchangeUnsentRecord> ExchangeUnsentRecords => Set<ExchangeUnsentRecord>();
    public DbSet<RosterCheckResult> RosterChecks => Set<RosterCheckResult>();
    public DbSet<HourRuling> HourRulings => Set<HourRuling>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<AnnouncementRead> AnnouncementReads => Set<AnnouncementRead>();
    public DbSet<SharedFile> SharedFiles => Set<SharedFile>();
    public DbSet<AccountPreferences> AccountPreferences => Set<AccountPreferences>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<CourseChange> CourseChanges => Set<CourseChange>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>The course changes (SPEC §14.2) this context's transaction has made, written when it commits.</summary>
    public PendingChanges Journal { get; } = new();

    /// <summary>Data Protection keys, shared by every node so cookies, antiforgery tokens and circuits work on any.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsoleDbContext).Assembly);
        StatisticsIndexes.Configure(modelBuilder, Database.IsNpgsql());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Instants are UTC; SQLite hands them back unspecified, so say so on the way out (STYLE.md).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Hours carry one decimal place (研習時數); an unbounded PostgreSQL numeric would sum past decimal's range.
        configurationBuilder.Properties<decimal>().HavePrecision(9, 1);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // SPEC §3: the audit log is append-only; there is no update or delete path.
    private void GuardAuditLog()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("稽核紀錄只能新增，不得修改或刪除。");
            }
        }
    }
}

public sealed class SqliteConsoleDbContext(DbContextOptions<SqliteConsoleDbContext> options) : ConsoleDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite cannot compare or sum decimals in SQL; hours have one decimal place, so a double holds them exactly enough.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

public sealed class PostgresConsoleDbContext(DbContextOptions<PostgresConsoleDbContext> options) : ConsoleDbContext(options);
