using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ChatflowVersionRecordConfiguration : IEntityTypeConfiguration<ChatflowVersionRecord>
{
    public void Configure(EntityTypeBuilder<ChatflowVersionRecord> builder)
    {
        builder.ToTable("ChatflowVersions");
        builder.Property(r => r.ChatflowId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Json).IsRequired();
        builder.Property(r => r.PublishedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.HasIndex(r => new { r.ChatflowId, r.Version }).IsUnique();
    }
}
