using Chatflows.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MeetingAvailabilityRecordConfiguration : IEntityTypeConfiguration<MeetingAvailabilityRecord>
{
    public void Configure(EntityTypeBuilder<MeetingAvailabilityRecord> builder)
    {
        builder.ToTable("MeetingAvailability");
        builder.HasKey(r => r.UserId);
        builder.Property(r => r.TimeZone).HasMaxLength(64).IsRequired();
        builder.Property(r => r.HoursJson).IsRequired();
        builder.HasOne<ChatflowsUser>().WithOne().HasForeignKey<MeetingAvailabilityRecord>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
