using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MailUnsubscribeRecordConfiguration : IEntityTypeConfiguration<MailUnsubscribeRecord>
{
    public void Configure(EntityTypeBuilder<MailUnsubscribeRecord> builder)
    {
        builder.ToTable("MailUnsubscribes");
        builder.HasKey(u => u.Address);
        builder.Property(u => u.Address).HasMaxLength(254);
    }
}
