using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class SampleDataRecordConfiguration : IEntityTypeConfiguration<SampleDataRecord>
{
    public void Configure(EntityTypeBuilder<SampleDataRecord> builder)
    {
        builder.ToTable("SampleData");
        builder.HasKey(s => new { s.Kind, s.Key });
        builder.Property(s => s.Kind).HasMaxLength(20);
        builder.Property(s => s.Key).HasMaxLength(64);
    }
}
