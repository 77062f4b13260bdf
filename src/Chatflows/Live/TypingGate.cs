using System.Collections.Concurrent;

namespace Chatflows.Live;

/// <summary>
/// At most one typing event per conversation and side every <see cref="Interval"/>: a visitor's typing fans out
/// to every agent's inbox stream, so a client posting typing in a loop must not turn into a flood there.
/// The inbox clears a typing line by itself after a few seconds, so a dropped "stopped" costs nothing.
/// </summary>
public sealed class TypingGate(TimeProvider time)
{
    /// <summary>Shortest time between two typing events of one conversation and side: 2 seconds.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private const int MaxTracked = 100_000;
    private readonly ConcurrentDictionary<string, long> _lastSent = new(StringComparer.Ordinal);

    /// <summary>True when this conversation's <paramref name="author"/> side may send a typing event now.</summary>
    public bool TryPass(string conversationId, string author)
    {
        var now = time.GetTimestamp();
        var key = $"{author}:{conversationId}";
        if (_lastSent.TryGetValue(key, out var last) && time.GetElapsedTime(last, now) < Interval)
        {
            return false;
        }

        if (_lastSent.Count >= MaxTracked)
        {
            Forget(now);
        }

        _lastSent[key] = now;
        return true;
    }

    private void Forget(long now)
    {
        foreach (var (key, last) in _lastSent)
        {
            if (time.GetElapsedTime(last, now) >= Interval)
            {
                _lastSent.TryRemove(key, out _);
            }
        }
    }
}
