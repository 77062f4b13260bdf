using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ChatflowRecordConfiguration : IEntityTypeConfiguration<ChatflowRecord>
{
    public void Configure(EntityTypeBuilder<ChatflowRecord> builder)
    {
        builder.ToTable("Chatflows");
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Language).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Binding).HasMaxLength(16).IsRequired();
        builder.Property(r => r.DraftJson).IsRequired();
        builder.Property(r => r.DraftVersion).IsConcurrencyToken();
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.Enabled, r.Priority });
    }
}
