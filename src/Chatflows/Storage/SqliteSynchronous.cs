namespace Chatflows.Storage;

/// <summary>SQLite's <c>PRAGMA synchronous</c> in WAL mode: when a commit waits for the disk.</summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// Commits survive a crash of the process, but the last ones may be lost on a power cut or an
    /// operating-system crash: the log is synced only at checkpoints.
    /// </summary>
    Normal = 1,

    /// <summary>Every commit syncs the log before it returns, so a 2xx survives a power cut.</summary>
    Full = 2,
}
