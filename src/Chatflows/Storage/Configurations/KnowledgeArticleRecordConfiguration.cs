using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class KnowledgeArticleRecordConfiguration : IEntityTypeConfiguration<KnowledgeArticleRecord>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticleRecord> builder)
    {
        builder.ToTable("KnowledgeArticles");
        builder.Property(r => r.KnowledgeBaseId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Language).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Slug).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.BodyMarkdown).IsRequired();
        builder.Property(r => r.BodyHtml).IsRequired();
        builder.Property(r => r.BodyText).IsRequired();
        builder.Property(r => r.Tags).HasMaxLength(1000).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.KnowledgeBaseId, r.Language, r.Slug }).IsUnique();
        // Start-up compares each language's index with the published articles of that language.
        builder.HasIndex(r => new { r.Language, r.Published });
        // Every node looks for recently changed articles every few seconds (KnowledgeIndexSync.CatchUpAsync).
        builder.HasIndex(r => r.UpdatedUtc);
        builder.HasOne<KnowledgeBaseRecord>().WithMany().HasForeignKey(r => r.KnowledgeBaseId).OnDelete(DeleteBehavior.Cascade);
        // Removing a category keeps its articles, uncategorised.
        builder.HasOne(r => r.Category).WithMany().HasForeignKey(r => r.CategoryId).OnDelete(DeleteBehavior.SetNull);
    }
}
