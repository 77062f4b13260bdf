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

    /// <summary>
    /// PostgreSQL only: the schema that holds every table of the module, its migrations history and its Identity
    /// tables, so the module can live in the site's own database beside the site's <c>AspNetUsers</c>. Created when
    /// missing. Default: none, the connection's default schema (normally <c>public</c>).
    /// </summary>
    public string? Schema { get; set; }
}
