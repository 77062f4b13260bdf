using System.Data.Common;

namespace Chatflows.Meetings;

/// <summary>
/// The database transaction of the visitor turn running on this async flow, if any. A booking made by
/// the book-a-meeting action joins it (under a savepoint), so the meeting and the confirmation message
/// commit together — and on SQLite, whose single writer the turn already holds, a second connection
/// would only wait for the turn's lock until it timed out.
/// </summary>
public static class TurnTransaction
{
    private static readonly AsyncLocal<DbTransaction?> Ambient = new();

    public static DbTransaction? Current => Ambient.Value is { Connection: not null } transaction ? transaction : null;

    /// <summary>Marks <paramref name="transaction"/> as the turn's until the returned scope is disposed.</summary>
    public static IDisposable Enter(DbTransaction transaction)
    {
        var previous = Ambient.Value;
        Ambient.Value = transaction;
        return new Exit(previous);
    }

    private sealed class Exit(DbTransaction? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
