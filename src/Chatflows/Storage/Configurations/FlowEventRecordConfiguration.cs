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

        // Analytics (P4): each covers its query, so 1,000,000 conversations are counted from the index alone.
        builder.HasIndex(r => new { r.Kind, r.OccurredUtc, r.ChatflowId, r.Detail }).HasDatabaseName("IX_FlowEvents_Analytics_Daily");
        builder.HasIndex(r => new { r.ChatflowId, r.Kind, r.OccurredUtc, r.ActionId, r.ConversationId, r.Id }).HasDatabaseName("IX_FlowEvents_Analytics_Reached");
        builder.HasIndex(r => new { r.ConversationId, r.Id, r.Kind }).HasDatabaseName("IX_FlowEvents_Analytics_Conversation");
    }
}
