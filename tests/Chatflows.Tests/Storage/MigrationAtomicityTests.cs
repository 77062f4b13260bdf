using System.Data.Common;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Chatflows.Tests.Storage;

/// <summary>
/// A crash inside a migration must leave the database as it was before it: each migration is applied
/// once with its last command (the history row) failing, and nothing of it may remain.
/// </summary>
public sealed class MigrationAtomicityTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_migration_that_fails_at_its_last_command_leaves_no_trace(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        var failure = new FailingHistoryInsert();
        await using var db = Context(database, failure);
        var migrator = db.GetService<IMigrator>();
        await db.GetService<IRelationalDatabaseCreator>().CreateAsync(); // the empty database is not a migration's work
        var migrations = db.Database.GetMigrations().ToList();
        var leftovers = new List<string>();

        foreach (var migration in migrations)
        {
            var before = await SchemaAsync(db, provider);
            failure.Armed = true;
            await Assert.ThrowsAnyAsync<Exception>(() => migrator.MigrateAsync(migration));
            failure.Armed = false;
            var after = await SchemaAsync(db, provider);
            var applied = await db.Database.GetAppliedMigrationsAsync();
            if (after != before || applied.Contains(migration))
            {
                leftovers.Add(migration);
            }

            await migrator.MigrateAsync(migration);
        }

        Assert.NotEmpty(migrations);
        Assert.Empty(leftovers);
    }

    private static ChatflowsDbContext Context(TestDatabase database, FailingHistoryInsert failure) =>
        database.Provider == DatabaseProvider.Postgres
            ? new PostgresChatflowsDbContext(new DbContextOptionsBuilder<PostgresChatflowsDbContext>()
                .UseNpgsql(database.ConnectionString).AddInterceptors(failure).Options)
            : new SqliteChatflowsDbContext(new DbContextOptionsBuilder<SqliteChatflowsDbContext>()
                .UseSqlite(database.ConnectionString).AddInterceptors(failure).Options);

    private static async Task<string> SchemaAsync(ChatflowsDbContext db, DatabaseProvider provider)
    {
        var sql = provider == DatabaseProvider.Postgres
            ? """
              SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || COALESCE(column_default, '') AS "Value"
                FROM information_schema.columns WHERE table_schema = 'public'
              UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
              UNION ALL SELECT conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
              UNION ALL SELECT 'extension ' || extname FROM pg_extension
              """
            : """
              SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS "Value" FROM sqlite_master
              WHERE name <> '__EFMigrationsLock'
              UNION ALL SELECT 'foreign_keys ' || foreign_keys FROM pragma_foreign_keys
              """;
        // EF Core creates its history table before any migration, outside their transactions.
        var rows = (await db.Database.SqlQueryRaw<string>(sql).ToListAsync())
            .Where(r => !r.Contains("__EFMigrations", StringComparison.Ordinal)).ToList();
        rows.Sort(StringComparer.Ordinal);
        return string.Join('\n', rows);
    }

    /// <summary>Stands for a crash at the end of a migration: the insert of its history row fails.</summary>
    private sealed class FailingHistoryInsert : DbCommandInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("INSERT INTO \"__EFMigrationsHistory\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The process died here.");
            }

            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
