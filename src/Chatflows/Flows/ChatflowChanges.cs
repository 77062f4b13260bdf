namespace Chatflows.Flows;

/// <summary>
/// Counts changes to what visitors see (a publication, the on/off switch) in this process, so caches
/// of the live chatflows can tell they are stale without asking the database on every request.
/// </summary>
public sealed class ChatflowChanges
{
    private long _version;

    /// <summary>Grows by one with every change; compare with the value a cache was built at.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Changed() => Interlocked.Increment(ref _version);
}
