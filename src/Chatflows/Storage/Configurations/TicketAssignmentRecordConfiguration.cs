using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class TicketAssignmentRecordConfiguration : IEntityTypeConfiguration<TicketAssignmentRecord>
{
    public void Configure(EntityTypeBuilder<TicketAssignmentRecord> builder)
    {
        builder.ToTable("TicketAssignment");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Json).IsRequired();
        builder.Property(r => r.LastAssigneeId).HasMaxLength(450);
    }
}
