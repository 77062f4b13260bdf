using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class KnowledgeBaseRecordConfiguration : IEntityTypeConfiguration<KnowledgeBaseRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeBaseRecord> builder)
    {
        builder.ToTable("KnowledgeBases");
        builder.Property(r => r.Id).HasMaxLength(64);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Language).HasMaxLength(16);
    }
}
