using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ChatflowAvatarRecordConfiguration : IEntityTypeConfiguration<ChatflowAvatarRecord>
{
    public void Configure(EntityTypeBuilder<ChatflowAvatarRecord> builder)
    {
        builder.ToTable("ChatflowAvatars");
        builder.HasKey(r => new { r.ChatflowId, r.Id });
        builder.Property(r => r.ChatflowId).HasMaxLength(64);
        builder.Property(r => r.Id).HasMaxLength(64).ValueGeneratedNever();
        builder.Property(r => r.ContentType).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Content).IsRequired();

        // The public URL names only the image, so it is looked up by its hash alone.
        builder.HasIndex(r => r.Id);
    }
}
