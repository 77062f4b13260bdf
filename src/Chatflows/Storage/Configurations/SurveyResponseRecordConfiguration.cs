using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class SurveyResponseRecordConfiguration : IEntityTypeConfiguration<SurveyResponseRecord>
{
    public void Configure(EntityTypeBuilder<SurveyResponseRecord> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.Property(r => r.ConversationId).HasMaxLength(32).IsRequired();

        // One answer per conversation, enforced by the database so two racing posts cannot both land.
        builder.HasIndex(r => r.ConversationId).IsUnique();
        builder.Property(r => r.ChatflowId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.AgentUserId).HasMaxLength(450);
        builder.Property(r => r.Scale).HasMaxLength(16).IsRequired();
        builder.Property(r => r.Comment).HasMaxLength(1000);
        builder.HasIndex(r => new { r.CreatedUtc, r.ChatflowId });
        builder.Property(r => r.SurveyId).HasMaxLength(Core.Flows.SurveySettings.MaxIdLength);

        // Results per survey (O9) read one survey's answers over a period.
        builder.HasIndex(r => new { r.SurveyId, r.CreatedUtc });
    }
}
