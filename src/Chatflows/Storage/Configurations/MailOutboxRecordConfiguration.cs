using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MailOutboxRecordConfiguration : IEntityTypeConfiguration<MailOutboxRecord>
{
    public void Configure(EntityTypeBuilder<MailOutboxRecord> builder)
    {
        builder.ToTable("MailOutbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.Kind).HasMaxLength(40);
        builder.Property(m => m.ToAddress).HasMaxLength(254);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Language).HasMaxLength(10);
        builder.Property(m => m.ConversationId).HasMaxLength(32);
        builder.Property(m => m.Status).HasMaxLength(20);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(1000);

        // Every index here is written with each row a turn adds, so there is one per question asked: the worker's
        // (what is due?), the rate limit's (how much went to this address lately?) and the continuity mail's and
        // erasure's (this conversation's mails). Nothing looks a row up by its Message-Id, a random 128-bit value
        // minted once: it had a unique index of its own, dropped as no query needs it.
        builder.HasIndex(m => new { m.Status, m.NextAttemptUtc });
        builder.HasIndex(m => new { m.ToAddress, m.CreatedUtc });
        builder.HasIndex(m => new { m.ConversationId, m.Kind, m.CreatedUtc });
    }
}
