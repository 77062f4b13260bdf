using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ChannelSettingsRecordConfiguration : IEntityTypeConfiguration<ChannelSettingsRecord>
{
    public void Configure(EntityTypeBuilder<ChannelSettingsRecord> builder)
    {
        builder.ToTable("ChannelSettings");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Json).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
