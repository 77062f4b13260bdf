namespace Chatflows.Storage;

/// <summary>The database engines the one model runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded, one node; the default.</summary>
    Sqlite,

    /// <summary>Shared by several nodes in production.</summary>
    Postgres,
}
