using Chatflows.KnowledgeBase;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<IndexAfterCommit>()));
        services.AddDbContext<PostgresChatflowsDbContext>((provider, builder) => builder
            .UseNpgsql(Database(provider).ConnectionString)
            .AddInterceptors(provider.GetRequiredService<IndexAfterCommit>()));

        // The concrete context decides which migrations apply; everything else asks for the base type.
        services.AddScoped<ChatflowsDbContext>(provider => Database(provider).Provider == DatabaseProvider.Postgres
            ? provider.GetRequiredService<PostgresChatflowsDbContext>()
            : provider.GetRequiredService<SqliteChatflowsDbContext>());
        return services;
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
