using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MailSettingsRecordConfiguration : IEntityTypeConfiguration<MailSettingsRecord>
{
    public void Configure(EntityTypeBuilder<MailSettingsRecord> builder)
    {
        builder.ToTable("MailSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
