using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("Conversations");
        builder.Property(r => r.Id).HasMaxLength(32);
        builder.Property(r => r.ChatflowId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.VisitorId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Status).HasMaxLength(24).IsRequired();
        builder.Property(r => r.StateJson).IsRequired();
        builder.Property(r => r.PageUrl).HasMaxLength(2048);
        builder.Property(r => r.VerifiedEmail).HasMaxLength(254);
        builder.Property(r => r.Language).HasMaxLength(16);
        builder.Property(r => r.AssignedUserId).HasMaxLength(450);
        builder.Property(r => r.AssignedTeamId).HasMaxLength(64);
        builder.Property(r => r.LastSeq).IsConcurrencyToken();
        builder.HasIndex(r => new { r.VisitorId, r.StartedUtc });
        builder.HasIndex(r => new { r.ChatflowId, r.StartedUtc });
        builder.HasIndex(r => new { r.AssignedUserId, r.Status });
        builder.HasIndex(r => r.ContactId); // analytics: which chatflow created a contact
    }
}
