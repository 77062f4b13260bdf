using Microsoft.EntityFrameworkCore;

namespace Chatflows.Storage;

/// <summary>The model on SQLite; owns the migrations in <c>Storage/Migrations/Sqlite</c>. Its tables and index names carry <see cref="SqliteTables.Prefix"/>.</summary>
public sealed class SqliteChatflowsDbContext(DbContextOptions<SqliteChatflowsDbContext> options)
    : ChatflowsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && !table.StartsWith(SqliteTables.Prefix, StringComparison.Ordinal))
            {
                entity.SetTableName(SqliteTables.Prefix + table);
            }

            // Index names are global in a SQLite file; Identity's own (RoleNameIndex, EmailIndex, UserNameIndex)
            // would clash with the site's. Default names follow the prefixed table already.
            foreach (var index in entity.GetIndexes())
            {
                if (index.GetDatabaseName() is { } name && !name.Contains(SqliteTables.Prefix, StringComparison.Ordinal))
                {
                    index.SetDatabaseName(SqliteTables.Prefix + name);
                }
            }
        }
    }
}
