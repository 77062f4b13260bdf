using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Npgsql;

namespace Chatflows.Tests.Setup;

/// <summary>The module lives in the site's own PostgreSQL database, in a schema of its own (Chatflows:Database:Schema).</summary>
public sealed class SharedDatabaseTests
{
    [Fact]
    public async Task With_a_schema_the_module_shares_a_database_that_already_has_the_sites_identity_tables()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Postgres);
        await CreateSiteTablesAsync(database.ConnectionString);
        await using var host = new ChatflowsFactory(database, settings: new Dictionary<string, string?> { ["Chatflows:Database:Schema"] = "chatflows" }, ownsDatabase: false);
        var admin = AdminClient.For(host);

        var signIn = await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        var dashboard = await admin.Http.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal(["site@example.test"], await QueryAsync(database.ConnectionString, "SELECT \"Email\" FROM public.\"AspNetUsers\""));
        Assert.Contains(ChatflowsFactory.AdminEmail, await QueryAsync(database.ConnectionString, "SELECT \"Email\" FROM chatflows.\"AspNetUsers\""));
        Assert.Contains("chatflows", await QueryAsync(database.ConnectionString, "SELECT table_schema FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'"));
    }

    // What a site with its own ASP.NET Core Identity already has in its database: its users in public."AspNetUsers".
    private static async Task CreateSiteTablesAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database;
        builder.Database = "postgres";
        await using (var server = new NpgsqlConnection(builder.ToString()))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        await using var site = new NpgsqlConnection(connectionString);
        await site.OpenAsync();
        await using var tables = new NpgsqlCommand(
            "CREATE TABLE \"AspNetRoles\" (\"Id\" text PRIMARY KEY, \"Name\" text);" +
            "CREATE TABLE \"AspNetUsers\" (\"Id\" text PRIMARY KEY, \"Email\" text);" +
            "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" varchar(150) PRIMARY KEY, \"ProductVersion\" varchar(32) NOT NULL);" +
            "INSERT INTO \"AspNetUsers\" VALUES ('1', 'site@example.test');" +
            "INSERT INTO \"__EFMigrationsHistory\" VALUES ('20250101000000_SiteInitial', '10.0.0');", site);
        await tables.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
