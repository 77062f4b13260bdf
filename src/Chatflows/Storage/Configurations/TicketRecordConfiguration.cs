using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class TicketRecordConfiguration : IEntityTypeConfiguration<TicketRecord>
{
    public void Configure(EntityTypeBuilder<TicketRecord> builder)
    {
        builder.ToTable("Tickets");
        builder.Property(r => r.Reference).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.ConversationId).HasMaxLength(32);
        builder.Property(r => r.Pipeline).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Status).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Subject).HasMaxLength(200).IsRequired();
        builder.Property(r => r.AssigneeId).HasMaxLength(450);
        builder.Property(r => r.Priority).HasMaxLength(16).IsRequired().HasDefaultValue("normal");
        builder.HasIndex(r => new { r.Pipeline, r.Status });
        builder.HasIndex(r => r.AssigneeId);
        builder.HasIndex(r => r.ConversationId);
    }
}
