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
        // One index only: every event row is written inside a visitor's turn, and each index is one more b-tree page
        // the turn's commit writes (issue 19). The reports read the analytics summary, not these rows; what still
        // reads them goes by conversation: a conversation's drop-off path, erasure, sample-data removal. The summary's
        // backfill scans them once, in its migration.
        builder.HasIndex(r => new { r.ConversationId, r.Id, r.Kind }).HasDatabaseName("IX_FlowEvents_Analytics_Conversation");
    }
}
