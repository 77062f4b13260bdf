using Chatflows.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class ChatflowsUserConfiguration : IEntityTypeConfiguration<ChatflowsUser>
{
    public void Configure(EntityTypeBuilder<ChatflowsUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100).IsRequired();
    }
}
