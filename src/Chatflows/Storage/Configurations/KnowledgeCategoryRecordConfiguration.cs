using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class KnowledgeCategoryRecordConfiguration : IEntityTypeConfiguration<KnowledgeCategoryRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeCategoryRecord> builder)
    {
        builder.ToTable("KnowledgeCategories");
        builder.Property(r => r.KnowledgeBaseId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Slug).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => new { r.KnowledgeBaseId, r.Slug }).IsUnique();
        builder.HasOne<KnowledgeBaseRecord>().WithMany().HasForeignKey(r => r.KnowledgeBaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
