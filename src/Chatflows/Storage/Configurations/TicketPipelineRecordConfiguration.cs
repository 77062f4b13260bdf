using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class TicketPipelineRecordConfiguration : IEntityTypeConfiguration<TicketPipelineRecord>
{
    public void Configure(EntityTypeBuilder<TicketPipelineRecord> builder)
    {
        builder.ToTable("TicketPipelines");
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.StatusesJson).IsRequired();
    }
}
