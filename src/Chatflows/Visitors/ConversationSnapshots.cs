using System.Collections.Concurrent;
using Chatflows.Storage;

namespace Chatflows.Visitors;

/// <summary>
/// This node's copy of each busy conversation as its last stored turn left it, so a turn starts without a
/// database read. A copy may be stale (an agent replied, another node stored a turn): the writer stores a turn
/// only while the conversation's last sequence number and engine state are still the ones the turn ran on, and
/// a turn it refuses runs again on a fresh read. So a stale copy costs one more run, never a wrong message.
/// </summary>
public sealed class ConversationSnapshots
{
    // Bounds the memory: past this many conversations the copies start over (each is read again once).
    private const int MaxConversations = 50_000;

    private readonly ConcurrentDictionary<string, ConversationRecord> _copies = new(StringComparer.Ordinal);

    /// <summary>The copy of a conversation of <paramref name="visitorId"/>; null when none is kept (or it is another visitor's).</summary>
    public ConversationRecord? Find(string conversationId, string visitorId) =>
        _copies.TryGetValue(conversationId, out var copy) && copy.VisitorId == visitorId ? Copy(copy) : null;

    /// <summary>Keeps the conversation as it was committed. Call only after the commit.</summary>
    public void Remember(ConversationRecord committed)
    {
        if (_copies.Count >= MaxConversations)
        {
            _copies.Clear();
        }

        _copies[committed.Id] = Copy(committed);
    }

    public void Forget(string conversationId) => _copies.TryRemove(conversationId, out _);

    // Copies both ways: the engine's caller and the writer's entity must never share one object with the cache.
    internal static ConversationRecord Copy(ConversationRecord c) => new()
    {
        Id = c.Id, ChatflowId = c.ChatflowId, FlowVersion = c.FlowVersion, VisitorId = c.VisitorId, ContactId = c.ContactId,
        Status = c.Status, StateJson = c.StateJson, LastSeq = c.LastSeq, LastVisitorSeq = c.LastVisitorSeq, Language = c.Language, IsPreview = c.IsPreview,
        PageUrl = c.PageUrl, VerifiedEmail = c.VerifiedEmail, AssignedUserId = c.AssignedUserId, AssignedTeamId = c.AssignedTeamId,
        AssignedUtc = c.AssignedUtc, StartedUtc = c.StartedUtc, LastActivityUtc = c.LastActivityUtc,
    };
}
