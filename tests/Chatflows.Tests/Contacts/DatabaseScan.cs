using System.Data.Common;
using System.Text;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Contacts;

/// <summary>
/// Reads every row of every table of the test database (on SQLite also the search index's own tables) and
/// says where any of the given texts occurs, as "table.column". Found by the database's catalogue, so a table
/// added later is scanned too.
/// </summary>
public static class DatabaseScan
{
    public static Task<List<string>> FindAsync(ChatflowsFactory host, params string[] needles) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ChatflowsDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        List<string> hits = [];
        foreach (var table in await TablesAsync(connection, db.Database.IsSqlite()))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var text = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
                    {
                        byte[] bytes => Encoding.UTF8.GetString(bytes),
                        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    };
                    foreach (var needle in needles.Where(n => text?.Contains(n, StringComparison.OrdinalIgnoreCase) == true))
                    {
                        hits.Add($"{table}.{reader.GetName(i)} has '{needle}'");
                    }
                }
            }
        }

        return hits;
    });

    /// <summary>Whether the SQLite message search index still finds the phrase (an index entry without its row counts too).</summary>
    public static Task<bool> SearchIndexFindsAsync(ChatflowsFactory host, string phrase) => host.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<ChatflowsDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{SqliteTables.Prefix}MessageSearch\" WHERE \"{SqliteTables.Prefix}MessageSearch\" MATCH $phrase";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$phrase";
        parameter.Value = $"\"{phrase}\"";
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    });

    private static async Task<List<string>> TablesAsync(DbConnection connection, bool sqlite)
    {
        await using var command = connection.CreateCommand();
        // A virtual table's rows are its shadow tables' and its content table's, which are scanned themselves.
        command.CommandText = sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
        await using var reader = await command.ExecuteReaderAsync();
        List<string> tables = [];
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
