using System.Collections.Concurrent;

namespace Chatflows.Visitors.Identification;

/// <summary>
/// Binds each identity token (by its <c>jti</c>) to the first visitor who uses it, until it expires: the same
/// visitor may send it again on every page, but a copied token replayed by anyone else is refused. Kept in this
/// node's memory; with several nodes a replay is refused on each node that has seen the token.
/// </summary>
public sealed class IdentityTokenUses(TimeProvider time)
{
    private const int MaxTracked = 200_000;
    private readonly ConcurrentDictionary<string, (string VisitorId, long Expires)> _uses = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="visitorId"/> may use the token: its first use, or a use by the same visitor.</summary>
    public bool TryUse(string tokenId, string visitorId, long expires)
    {
        if (_uses.Count >= MaxTracked)
        {
            var now = time.GetUtcNow().ToUnixTimeSeconds();
            foreach (var (id, use) in _uses)
            {
                if (use.Expires <= now)
                {
                    _uses.TryRemove(id, out _);
                }
            }
        }

        var bound = _uses.GetOrAdd(tokenId, (visitorId, expires));
        return string.Equals(bound.VisitorId, visitorId, StringComparison.Ordinal);
    }

    /// <summary>
    /// True while no visitor has used the token yet. For a page load without a visitor id, which cannot claim it:
    /// the token counts there until its first conversation binds it to that conversation's visitor.
    /// </summary>
    public bool IsUnclaimed(string tokenId) => !_uses.ContainsKey(tokenId);
}
