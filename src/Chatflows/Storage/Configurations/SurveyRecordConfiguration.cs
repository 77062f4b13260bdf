using Chatflows.Core.Flows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class SurveyRecordConfiguration : IEntityTypeConfiguration<SurveyRecord>
{
    public void Configure(EntityTypeBuilder<SurveyRecord> builder)
    {
        builder.ToTable("Surveys");
        builder.Property(r => r.Id).HasMaxLength(SurveySettings.MaxIdLength);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => r.Name).IsUnique();

        // The enum's own name ("Stars", "Thumbs"): one typed source, never a literal at a call site.
        builder.Property(r => r.Scale).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(r => r.Question).HasMaxLength(SurveySettings.MaxTextLength).IsRequired();
        builder.Property(r => r.CommentPrompt).HasMaxLength(SurveySettings.MaxTextLength).IsRequired();
    }
}
