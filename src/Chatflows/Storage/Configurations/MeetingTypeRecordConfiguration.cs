using Chatflows.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class MeetingTypeRecordConfiguration : IEntityTypeConfiguration<MeetingTypeRecord>
{
    public void Configure(EntityTypeBuilder<MeetingTypeRecord> builder)
    {
        builder.ToTable("MeetingTypes");
        builder.Property(r => r.Slug).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.HasOne<ChatflowsUser>().WithMany().HasForeignKey(r => r.HostUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.HostUserId, r.Slug }).IsUnique();
    }
}
