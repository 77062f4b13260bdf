namespace Chatflows.Storage;

/// <summary>Bound from <c>Chatflows:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Which engine stores the data. Default: <see cref="DatabaseProvider.Sqlite"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Connection string. Default for SQLite: a file <c>App_Data/chatflows.db</c> under the host's
    /// content root. Required for PostgreSQL.
    /// </summary>
    public string? ConnectionString { get; set; }
}
