using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MessageRecordConfiguration : IEntityTypeConfiguration<MessageRecord>
{
    public void Configure(EntityTypeBuilder<MessageRecord> builder)
    {
        builder.ToTable("Messages");
        builder.Property(r => r.ConversationId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Author).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Kind).HasMaxLength(24).IsRequired();
        builder.Property(r => r.Text).IsRequired();
        builder.Property(r => r.ClientMessageId).HasMaxLength(64);
        builder.Property(r => r.AuthorUserId).HasMaxLength(450);
        builder.HasIndex(r => new { r.ConversationId, r.Seq }).IsUnique();
        builder.HasIndex(r => new { r.ConversationId, r.VisitorSeq }).IsUnique(); // NULLs (hidden records) do not collide

        // The database, not a check before insert, guarantees a retried message is stored once.
        // Only rows that have one: bot replies (most of the table) would each add an entry that no lookup reads.
        builder.HasIndex(r => new { r.ConversationId, r.ClientMessageId }).IsUnique().HasFilter("\"ClientMessageId\" IS NOT NULL");
        builder.HasOne<ConversationRecord>().WithMany().HasForeignKey(r => r.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}
