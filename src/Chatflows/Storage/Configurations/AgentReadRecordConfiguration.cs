using Chatflows.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class AgentReadRecordConfiguration : IEntityTypeConfiguration<AgentReadRecord>
{
    public void Configure(EntityTypeBuilder<AgentReadRecord> builder)
    {
        builder.ToTable("AgentReads");
        builder.HasKey(r => new { r.ConversationId, r.UserId });
        builder.Property(r => r.ConversationId).HasMaxLength(32);
        builder.HasOne<ConversationRecord>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChatflowsUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.UserId);
    }
}
