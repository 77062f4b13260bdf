using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("Consents");
        builder.Property(r => r.VisitorId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ChatflowId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Kind).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Version).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => new { r.VisitorId, r.RecordedUtc });
    }
}
