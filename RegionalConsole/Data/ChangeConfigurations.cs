using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegionalConsole.Data.Entities;

namespace RegionalConsole.Data;

internal sealed class CourseChangeConfiguration : IEntityTypeConfiguration<CourseChange>
{
    public void Configure(EntityTypeBuilder<CourseChange> b)
    {
        b.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId);
        b.HasIndex(x => x.CourseId);
    }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> b)
    {
        b.Property(x => x.OwnerName).HasMaxLength(120);
        // By name, as every enum of the console is stored (ConsoleDbContext.ConfigureConventions).
        b.PrimitiveCollection(x => x.Events).ElementType().HasConversion<string>();
        b.Property(x => x.Url).HasMaxLength(Domain.Webhooks.WebhookUrl.MaxLength);
        b.Property(x => x.SuspendedReason).HasMaxLength(500);
        b.Property(x => x.LastFailureReason).HasMaxLength(500);
        b.HasIndex(x => x.OwnerName);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CourseChange>().WithMany().HasForeignKey(x => x.ChangeId);
        // The sender's question: what is undelivered, per subscription, in change order.
        b.HasIndex(x => new { x.SubscriptionId, x.DeliveredAt, x.ChangeId });
    }
}
