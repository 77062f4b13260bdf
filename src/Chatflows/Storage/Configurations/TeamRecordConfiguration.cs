using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class TeamRecordConfiguration : IEntityTypeConfiguration<TeamRecord>
{
    public void Configure(EntityTypeBuilder<TeamRecord> builder)
    {
        builder.ToTable("Teams");
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => r.Name).IsUnique();
    }
}
