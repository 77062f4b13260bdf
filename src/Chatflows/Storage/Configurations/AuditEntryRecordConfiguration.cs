using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class AuditEntryRecordConfiguration : IEntityTypeConfiguration<AuditEntryRecord>
{
    public void Configure(EntityTypeBuilder<AuditEntryRecord> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Action).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ChatflowId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ChatflowName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Detail).HasMaxLength(500);
        builder.HasIndex(r => r.OccurredUtc);
        builder.HasIndex(r => new { r.ChatflowId, r.OccurredUtc });
    }
}
