using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Chatflows.Storage;

/// <summary>
/// Migrates the database at start-up so that a start killed half-way never keeps the next one out.
/// PostgreSQL: EF Core's lock is a table lock inside the migration's transaction, which the server drops
/// with the session of a dead process. SQLite: EF Core's lock is a row that outlives its process, so
/// every migrating process first takes <see cref="SqliteMigrationFileLock"/>; holding it, a row is stale.
/// </summary>
internal sealed partial class DatabaseMigrator(TimeProvider time, ILogger<DatabaseMigrator> logger)
{
    private const string SqliteLockTable = "__EFMigrationsLock";

    public async Task MigrateAsync(ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var provider = db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        LogMigrating(logger, provider, pending);

        if (provider == DatabaseProvider.Sqlite)
        {
            var path = SqliteMigrationFileLock.PathFor(db.Database.GetConnectionString()!);
            await using var fileLock = await SqliteMigrationFileLock.AcquireAsync(path, logger, cancellationToken);
            await ClearStaleSqliteLockAsync(db, cancellationToken);
            if (await MadeWithTodaysNamesAsync(db, cancellationToken))
            {
                // Nothing of the module in the file yet (which may be the site's, with its own AspNetRoles), or a first
                // start that was killed half-way: the first migrations make today's prefixed names at once rather
                // than the names they had before the prefix.
                await using var newDatabase = NewDatabaseContext(db);
                await newDatabase.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        else
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        var elapsed = time.GetElapsedTime(started);
        LogMigrated(logger, provider, elapsed.TotalMilliseconds);
    }

    // A file that holds none of the module's migrations, or one whose first start was killed before the prefix
    // migration but which already has a table under its prefixed name (only a new database's first migrations
    // write those): its remaining migrations must go on with today's names, or they would look for the old ones.
    private static async Task<bool> MadeWithTodaysNamesAsync(ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Intersect(db.Database.GetMigrations()).ToList();
        if (applied.Count == 0)
        {
            return true;
        }

        var prefixMigration = typeof(Migrations.Sqlite.SqlitePrefixAndVerifiedEmail).GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false)
            .Cast<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>().Single().Id;
        if (applied.Contains(prefixMigration, StringComparer.Ordinal))
        {
            return false;
        }

        var prefix = db.GetService<IDbContextOptions>().FindExtension<SqliteTablesExtension>()!.Prefix;
        var todays = SqliteTables.LegacyNames.Values.Select(name => SqliteTables.Physical(name, prefix)).ToList();
        var existing = await db.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(cancellationToken);
        return existing.Intersect(todays, StringComparer.Ordinal).Any();
    }

    private static SqliteChatflowsDbContext NewDatabaseContext(ChatflowsDbContext db)
    {
        var options = (DbContextOptions<SqliteChatflowsDbContext>)db.GetService<IDbContextOptions>();
        var tables = options.FindExtension<SqliteTablesExtension>()!;
        var builder = new DbContextOptionsBuilder<SqliteChatflowsDbContext>(options);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new SqliteTablesExtension(tables.Prefix, newDatabase: true));
        return new SqliteChatflowsDbContext(builder.Options);
    }

    private async Task ClearStaleSqliteLockAsync(ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {SqliteLockTable}")
            .SingleAsync(cancellationToken);
        if (exists == 0)
        {
            return;
        }

        var stale = await db.Database
            .SqlQueryRaw<string>($"SELECT CAST(\"Timestamp\" AS TEXT) AS \"Value\" FROM \"{SqliteLockTable}\"")
            .ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{SqliteLockTable}\"", cancellationToken);
        LogClearedStaleLock(logger, string.Join(", ", stale));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: migrating the {Provider} database ({Pending} migrations to apply)")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: the {Provider} database is up to date ({ElapsedMs:0} ms)")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up: cleared a migration lock left by a process that ended while migrating (taken at {TakenAt})")]
    private static partial void LogClearedStaleLock(ILogger logger, string takenAt);
}
