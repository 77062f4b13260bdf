using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ChannelAvatarRecordConfiguration : IEntityTypeConfiguration<ChannelAvatarRecord>
{
    public void Configure(EntityTypeBuilder<ChannelAvatarRecord> builder)
    {
        builder.ToTable("ChannelAvatars");
        builder.Property(r => r.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(r => r.ContentType).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Content).IsRequired();
    }
}
