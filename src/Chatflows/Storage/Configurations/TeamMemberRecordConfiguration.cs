using Chatflows.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class TeamMemberRecordConfiguration : IEntityTypeConfiguration<TeamMemberRecord>
{
    public void Configure(EntityTypeBuilder<TeamMemberRecord> builder)
    {
        builder.ToTable("TeamMembers");
        builder.HasKey(r => new { r.TeamId, r.UserId });
        builder.Property(r => r.TeamId).HasMaxLength(64);
        builder.HasOne<TeamRecord>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChatflowsUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.UserId);
    }
}
