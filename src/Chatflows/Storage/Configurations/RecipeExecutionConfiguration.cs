using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Chatflows.Storage.Configurations;

internal sealed class RecipeExecutionConfiguration : IEntityTypeConfiguration<RecipeExecution>
{
    public void Configure(EntityTypeBuilder<RecipeExecution> builder)
    {
        builder.ToTable("RecipeExecutions");
        builder.Property(r => r.RecipeName).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => r.RecipeName).IsUnique();
        builder.Property(r => r.Sha256).HasMaxLength(64).IsRequired();
    }
}
