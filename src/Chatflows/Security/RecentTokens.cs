using System.Collections.Concurrent;

namespace Chatflows.Security;

/// <summary>
/// A node's short memory of tokens it verified or issued, so a busy conversation does not pay data protection on
/// every message: each unprotect or protect derives a key and sets up two OpenSSL contexts, about a tenth of the
/// host's CPU per visitor turn under load (perf). Bounded twice: an entry is trusted for <c>maxAge</c> only, so a key
/// the site revokes stops working within that time, and past <c>maxEntries</c> the memory starts over.
/// </summary>
internal sealed class RecentTokens<TKey, TValue>(TimeProvider time, TimeSpan maxAge, int maxEntries = 10_000)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTimeOffset At)> _entries = new();

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && time.GetUtcNow() - entry.At < maxAge)
        {
            value = entry.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Remember(TKey key, TValue value)
    {
        if (_entries.Count >= maxEntries)
        {
            _entries.Clear();
        }

        _entries[key] = (value, time.GetUtcNow());
    }
}
