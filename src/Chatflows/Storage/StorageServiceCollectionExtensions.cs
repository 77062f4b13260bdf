using Chatflows.KnowledgeBase;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        services.AddDbContext<SqliteChatflowsDbContext>((provider, builder) => builder
            .UseSqlite(SqliteConnectionString(Database(provider), provider.GetRequiredService<IHostEnvironment>()))
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<IndexAfterCommit>(), provider.GetRequiredService<Mail.MailWakeUp>()));
        services.AddDbContext<PostgresChatflowsDbContext>((provider, builder) => builder
            .UsePostgresSchema(Database(provider))
            .AddInterceptors(provider.GetRequiredService<IndexAfterCommit>(), provider.GetRequiredService<Mail.MailWakeUp>()));

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
