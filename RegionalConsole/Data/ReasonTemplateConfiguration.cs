using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RegionalConsole.Data.Entities;
using RegionalConsole.Domain.Review;

namespace RegionalConsole.Data;

internal sealed class ReasonTemplateConfiguration : IEntityTypeConfiguration<ReasonTemplate>
{
    public void Configure(EntityTypeBuilder<ReasonTemplate> b)
    {
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Text).HasMaxLength(ReasonTemplateText.MaxLength);
        b.HasIndex(x => new { x.Kind, x.UseCount });
    }
}
