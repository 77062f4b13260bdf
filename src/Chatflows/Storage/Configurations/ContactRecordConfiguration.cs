using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ContactRecordConfiguration : IEntityTypeConfiguration<ContactRecord>
{
    public void Configure(EntityTypeBuilder<ContactRecord> builder)
    {
        builder.ToTable("Contacts");
        builder.Property(r => r.VisitorId).HasMaxLength(64);
        builder.Property(r => r.Email).HasMaxLength(256);
        builder.Property(r => r.PropertiesJson).IsRequired();
        builder.Property(r => r.CompanyPropertiesJson).IsRequired();
        builder.HasIndex(r => r.VisitorId);
        builder.Property(r => r.VerifiedEmail).HasMaxLength(256);
        builder.HasIndex(r => r.Email);
        builder.HasIndex(r => r.VerifiedEmail);
        builder.HasIndex(r => r.CreatedUtc); // analytics: contacts created per day
    }
}
