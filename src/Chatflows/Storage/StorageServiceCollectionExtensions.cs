using Chatflows.KnowledgeBase;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Chatflows.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddChatflowsStorage(this IServiceCollection services)
    {
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddHostedService<SqliteCheckpointer>();
        services.AddOptions<ChatflowsOptions>().Validate(o => SqliteTables.IsValidPrefix(o.Database.TablePrefix),
            "Chatflows:Database:TablePrefix is letters, digits and underscores, starting with a letter, at most 30 characters (such as chatflows_).")
            .Validate(o => o.Database.SqliteCheckpointInterval >= TimeSpan.Zero, "Chatflows:Database:SqliteCheckpointInterval is zero (SQLite checkpoints by itself) or a positive time such as 00:00:00.250.");
        // Options built once per host, from singletons only: built per request they cost a turn more than its SQL
        // (the provider's extensions, EF's options hash, a directory check), measured with perf under load.
        services.AddDbContext<SqliteChatflowsDbContext>((provider, builder) => builder
            .UseSqliteTables(Database(provider), SqliteConnectionString(Database(provider), provider.GetRequiredService<IHostEnvironment>()))
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<IndexAfterCommit>(), provider.GetRequiredService<Mail.MailWakeUp>()),
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddDbContext<PostgresChatflowsDbContext>((provider, builder) => builder
            .UsePostgresSchema(Database(provider))
            .AddInterceptors(provider.GetRequiredService<IndexAfterCommit>(), provider.GetRequiredService<Mail.MailWakeUp>()),
            optionsLifetime: ServiceLifetime.Singleton);

        // The concrete context decides which migrations apply; everything else asks for the base type.
        services.AddScoped<ChatflowsDbContext>(provider => Database(provider).Provider == DatabaseProvider.Postgres
            ? provider.GetRequiredService<PostgresChatflowsDbContext>()
            : provider.GetRequiredService<SqliteChatflowsDbContext>());
        return services;
    }

    /// <summary>
    /// With a schema, the module's connections search only that schema: every table of every migration, the raw
    /// SQL, the migrations history and the Identity tables land there, beside whatever the site keeps in its own.
    /// </summary>
    private static DbContextOptionsBuilder UsePostgresSchema(this DbContextOptionsBuilder builder, DatabaseOptions database)
    {
        if (database.Schema is not { Length: > 0 } schema)
        {
            return builder.UseNpgsql(database.ConnectionString);
        }

        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { SearchPath = schema }.ConnectionString;
        return builder.UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable(HistoryRepository.DefaultTableName, schema));
    }

    /// <summary>
    /// SQLite with the site's table prefix on every name of the module. With a prefix of its own the module also keeps
    /// its own migrations history (<c>{prefix}EFMigrationsHistory</c>), so two prefixes can share a file; the default
    /// prefix keeps EF Core's <c>__EFMigrationsHistory</c>, which databases made before the option already use.
    /// </summary>
    internal static DbContextOptionsBuilder UseSqliteTables(this DbContextOptionsBuilder builder, DatabaseOptions database, string connectionString, bool newDatabase = false)
    {
        var prefix = database.TablePrefix;
        builder.UseSqlite(connectionString, sqlite =>
        {
            if (prefix != SqliteTables.Prefix)
            {
                sqlite.MigrationsHistoryTable(prefix + "EFMigrationsHistory");
            }
        });
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new SqliteTablesExtension(prefix, newDatabase));
        return builder
            .ReplaceService<ISqlGenerationHelper, PrefixedSqliteSqlGenerationHelper>()
            .ReplaceService<IMigrationsSqlGenerator, PrefixedSqliteMigrationsSqlGenerator>();
    }

    private static DatabaseOptions Database(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ChatflowsOptions>>().Value.Database;

    private static string SqliteConnectionString(DatabaseOptions database, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            return database.ConnectionString;
        }

        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "chatflows.db") }.ToString();
    }
}
