using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class AnalyticsSummaryRecordConfiguration : IEntityTypeConfiguration<AnalyticsSummaryRecord>
{
    public void Configure(EntityTypeBuilder<AnalyticsSummaryRecord> builder)
    {
        builder.ToTable("AnalyticsSummary");

        // The key is what the upsert conflicts on, and its order serves the one-chatflow reports.
        // Language last: a report without a language filter adds its counters up as before.
        builder.HasKey(r => new { r.ChatflowId, r.Kind, r.QuarterHour, r.ActionId, r.Language });
        builder.Property(r => r.ChatflowId).HasMaxLength(64);
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.Property(r => r.ActionId).HasMaxLength(64);
        builder.Property(r => r.Language).HasMaxLength(16);

        // The all-chatflows reports: by kind and time, whatever the chatflow.
        builder.HasIndex(r => new { r.Kind, r.QuarterHour }).HasDatabaseName("IX_AnalyticsSummary_Kind_QuarterHour");
    }
}
