using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class FlowEventRecordConfiguration : IEntityTypeConfiguration<FlowEventRecord>
{
    public void Configure(EntityTypeBuilder<FlowEventRecord> builder)
    {
        builder.ToTable("FlowEvents");
        builder.Property(r => r.ChatflowId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ConversationId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Kind).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ActionId).HasMaxLength(64);
        builder.Property(r => r.Detail).HasMaxLength(200);
        builder.HasIndex(r => new { r.ChatflowId, r.OccurredUtc, r.Kind });
    }
}
