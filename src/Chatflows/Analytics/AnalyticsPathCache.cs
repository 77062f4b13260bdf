using System.Collections.Concurrent;
using Chatflows.Storage;

namespace Chatflows.Analytics;

/// <summary>
/// The drop-off path of each busy conversation as this node last committed it, with the conversation's last sequence
/// number then, so the writer does not read a conversation's earlier events on every turn (a read that grew with the
/// conversation). Only visitor turns add path events, and each moves the sequence number: a path kept at the number
/// the conversation still has is exact; any other is read again from the events.
/// </summary>
public sealed class AnalyticsPathCache
{
    private const int MaxConversations = 50_000;

    private readonly ConcurrentDictionary<string, (long Seq, AnalyticsPath Path)> _paths = new(StringComparer.Ordinal);

    /// <summary>Seeds <paramref name="tally"/> with the kept paths that are still exact; returns the ids of the conversations it could not seed.</summary>
    public List<string> Seed(AnalyticsTally tally, IEnumerable<ConversationRecord> conversations)
    {
        List<string> unknown = [];
        foreach (var conversation in conversations)
        {
            if (_paths.TryGetValue(conversation.Id, out var kept) && kept.Seq == conversation.LastSeq)
            {
                tally.Seed(conversation.Id, kept.Path);
            }
            else
            {
                unknown.Add(conversation.Id);
            }
        }

        return unknown;
    }

    /// <summary>The paths to keep once the transaction commits (take them before the tally saves, which forgets them).</summary>
    public static List<(string Id, long Seq, AnalyticsPath Path)> Capture(AnalyticsTally tally, IEnumerable<ConversationRecord> conversations) =>
        [.. conversations.Select(c => (c.Id, c.LastSeq, Path: tally.PathOf(c.Id))).Where(p => p.Path is not null).Select(p => (p.Id, p.LastSeq, p.Path!))];

    /// <summary>Keeps what <see cref="Capture"/> took. Call only after the commit.</summary>
    public void Remember(List<(string Id, long Seq, AnalyticsPath Path)> committed)
    {
        if (_paths.Count + committed.Count > MaxConversations)
        {
            _paths.Clear();
        }

        foreach (var (id, seq, path) in committed)
        {
            _paths[id] = (seq, path);
        }
    }
}
