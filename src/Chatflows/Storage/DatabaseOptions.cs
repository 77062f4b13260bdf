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

    /// <summary>
    /// SQLite only: put before the name of every table, index and trigger of the module, so it can live in the site's
    /// own database file beside the site's tables. Letters, digits and underscores, starting with a letter. Default:
    /// <c>chatflows_</c>. Choose it before the first start: the module never renames its tables to a new prefix.
    /// </summary>
    public string TablePrefix { get; set; } = SqliteTables.Prefix;

    /// <summary>
    /// SQLite only: when a commit waits for the disk. Default: <see cref="SqliteSynchronous.Full"/>, so a
    /// 2xx survives a power cut; with group commit that costs one sync per batch of turns, not per turn
    /// (measured in docs/benchmarks.md). <see cref="SqliteSynchronous.Normal"/> survives process crashes only.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Full;

    /// <summary>
    /// SQLite only: how often <see cref="SqliteCheckpointer"/> copies the write-ahead log into the database file, on a
    /// connection of its own, so the node's writer does not stop to do it inside a visitor's turn. Default: 250 ms.
    /// Zero leaves checkpoints to SQLite, which runs them on whichever connection commits past 1,000 log pages.
    /// </summary>
    public TimeSpan SqliteCheckpointInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
