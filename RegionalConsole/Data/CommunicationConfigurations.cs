using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Data;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Body).HasMaxLength(20_000);
        b.Property(x => x.PublisherScope).HasMaxLength(10);
        b.Property(x => x.PublishedByName).HasMaxLength(120);
        b.HasIndex(x => x.PublishAt);
    }
}

internal sealed class AnnouncementReadConfiguration : IEntityTypeConfiguration<AnnouncementRead>
{
    public void Configure(EntityTypeBuilder<AnnouncementRead> b)
    {
        b.HasKey(x => new { x.AnnouncementId, x.AccountId });
        b.HasOne<Announcement>().WithMany().HasForeignKey(x => x.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SharedFileConfiguration : IEntityTypeConfiguration<SharedFile>
{
    public void Configure(EntityTypeBuilder<SharedFile> b)
    {
        b.Property(x => x.FileName).HasMaxLength(255);
        b.Property(x => x.ContentType).HasMaxLength(120);
        b.Property(x => x.Sha256).HasMaxLength(64);
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.PublisherScope).HasMaxLength(10);
        b.Property(x => x.UploadedByName).HasMaxLength(120);
    }
}

internal sealed class AccountPreferencesConfiguration : IEntityTypeConfiguration<AccountPreferences>
{
    public void Configure(EntityTypeBuilder<AccountPreferences> b)
    {
        b.HasKey(x => x.AccountId);
        b.HasOne<Account>().WithOne().HasForeignKey<AccountPreferences>(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.ContactEmail).HasMaxLength(254);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Language).HasMaxLength(10);
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.MessageId).HasMaxLength(120);
        b.Property(x => x.DedupKey).HasMaxLength(120);
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.Recipient).HasMaxLength(254);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasIndex(x => x.DedupKey).IsUnique();
        // The sender's question: unsent messages whose time has come.
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
    }
}
