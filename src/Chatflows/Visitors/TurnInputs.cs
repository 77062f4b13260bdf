using System.Collections.Concurrent;
using Chatflows.Channel;
using Chatflows.Core.Availability;
using Chatflows.Flows;

namespace Chatflows.Visitors;

/// <summary>
/// What every turn reads besides its conversation — the chatflow's published version, the channel settings and
/// the team's load — kept on the node instead of read per turn. An entry is stale when anything visitors see
/// changed (<see cref="ChatflowChanges"/>: a publication, the switch, channel settings, an agent's availability,
/// on any node through the live backplane) and at most <see cref="MaxAge"/> (<see cref="LoadMaxAge"/> for the load)
/// after it was read, for what the backplane may miss. The team's load also moves with every hand-off and closed
/// chat, which are not signalled: availability as the bot sees it may lag those by up to <see cref="LoadMaxAge"/>.
/// Hand-off itself picks its agent from a fresh read.
/// </summary>
public sealed class TurnInputs(ChatflowChanges changes, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan LoadMaxAge = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, Entry<int>> _versions = new(StringComparer.Ordinal);
    private volatile Entry<VersionedChannelSettings>? _channel;
    private volatile Entry<TeamLoad>? _load;

    public async Task<int> PublishedVersionAsync(string chatflowId, Func<Task<int>> read)
    {
        if (_versions.TryGetValue(chatflowId, out var known) && Fresh(known, MaxAge))
        {
            return known.Value;
        }

        var entry = await ReadAsync(read);
        _versions[chatflowId] = entry;
        return entry.Value;
    }

    public async Task<VersionedChannelSettings> ChannelAsync(Func<Task<VersionedChannelSettings>> read)
    {
        if (_channel is { } known && Fresh(known, MaxAge))
        {
            return known.Value;
        }

        var entry = await ReadAsync(read);
        _channel = entry;
        return entry.Value;
    }

    public async Task<TeamLoad> LoadAsync(Func<Task<TeamLoad>> read)
    {
        if (_load is { } known && Fresh(known, LoadMaxAge))
        {
            return known.Value;
        }

        var entry = await ReadAsync(read);
        _load = entry;
        return entry.Value;
    }

    private bool Fresh<T>(Entry<T> entry, TimeSpan maxAge) => entry.Changes == changes.Version && time.GetUtcNow() - entry.ReadUtc <= maxAge;

    // The change count is taken before the read: a change during the read leaves the entry stale, never fresh.
    private async Task<Entry<T>> ReadAsync<T>(Func<Task<T>> read)
    {
        var version = changes.Version;
        var readUtc = time.GetUtcNow();
        return new Entry<T>(await read(), version, readUtc);
    }

    private sealed record Entry<T>(T Value, long Changes, DateTimeOffset ReadUtc);
}
