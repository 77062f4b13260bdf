using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MeetingClaimRecordConfiguration : IEntityTypeConfiguration<MeetingClaimRecord>
{
    public void Configure(EntityTypeBuilder<MeetingClaimRecord> builder)
    {
        builder.ToTable("MeetingClaims");

        // The primary key is the double-booking guard (see MeetingClaimRecord).
        builder.HasKey(r => new { r.HostUserId, r.BlockStartUtc });
        builder.HasOne<MeetingRecord>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.MeetingId);
    }
}
