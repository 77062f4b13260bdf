using Chatflows.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MeetingRecordConfiguration : IEntityTypeConfiguration<MeetingRecord>
{
    public void Configure(EntityTypeBuilder<MeetingRecord> builder)
    {
        builder.ToTable("Meetings");
        builder.Property(r => r.Reference).HasMaxLength(32).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Title).HasMaxLength(100).IsRequired();
        builder.Property(r => r.VisitorName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.VisitorEmail).HasMaxLength(254).IsRequired();
        builder.Property(r => r.VisitorTimeZone).HasMaxLength(64);
        builder.Property(r => r.ConversationId).HasMaxLength(32);
        builder.Property(r => r.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(r => r.TokenHash).IsUnique();
        builder.HasOne<ChatflowsUser>().WithMany().HasForeignKey(r => r.HostUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.HostUserId, r.StartUtc });
    }
}
