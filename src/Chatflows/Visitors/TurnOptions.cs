namespace Chatflows.Visitors;

/// <summary>Bound from <c>Chatflows:Turns</c>: how a visitor turn runs before it is stored.</summary>
public sealed class TurnOptions
{
    /// <summary>
    /// Longest time the engine may take for one visitor message, its actions' I/O (webhooks, meeting times,
    /// knowledge search) included. Past it the message is not stored and the visitor is asked to send it again.
    /// Default 30 seconds; between 1 and 300.
    /// </summary>
    public int BudgetSeconds { get; set; } = 30;

    /// <summary>
    /// PostgreSQL only: how many of this node's batches of writes are in flight at once, each in its own transaction on
    /// its own connection. A batch spends most of its time waiting for round trips and its commit, so more than one
    /// keeps the database busy meanwhile; the database's row locks and each turn's sequence-number check keep them
    /// apart, as they keep several nodes apart. Default 4, measured best on 2 cores (docs/benchmarks.md); between 1
    /// and 8. SQLite has one writer whatever this says (it locks the whole file for a write).
    /// </summary>
    public int PostgresWriters { get; set; } = 4;
}
