using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Visitors.Contracts;

namespace Chatflows.Live;

/// <summary>
/// What happened in a conversation, told to its visitor's stream and to the agents' inbox stream. Callers
/// publish only after their transaction committed, so a live event never shows something that is not stored.
/// Internal notes and system lines go to the inbox only.
/// </summary>
public sealed class ConversationEvents(ILiveEventBus bus, TypingGate typingGate)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task MessagesAsync(string conversationId, IEnumerable<MessageRecord> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            // The visitor's stream counts only what the visitor sees; the inbox counts every record.
            if (VisitorVisibility.Sees(message))
            {
                await bus.PublishAsync(LiveTopics.Conversation(conversationId),
                    new LiveEvent("message", message.VisitorSeq, conversationId, JsonSerializer.Serialize(message.ToVisitorDto(), Json)), cancellationToken);
            }

            await bus.PublishAsync(LiveTopics.Inbox,
                new LiveEvent("message", message.Seq, conversationId, JsonSerializer.Serialize(message.ToDto(), Json)), cancellationToken);
        }
    }

    public async Task StatusAsync(string conversationId, string status, CancellationToken cancellationToken)
    {
        var liveEvent = new LiveEvent("status", null, conversationId, JsonSerializer.Serialize(new StatusData(status), Json));
        await bus.PublishAsync(LiveTopics.Conversation(conversationId), liveEvent, cancellationToken);
        await bus.PublishAsync(LiveTopics.Inbox, liveEvent, cancellationToken);
    }

    /// <summary>An agent typing is shown to the visitor; a visitor typing, to the agents; at most one event per side every 2 seconds.</summary>
    public Task TypingAsync(string conversationId, string author, string? name, bool typing, CancellationToken cancellationToken)
    {
        if (!typingGate.TryPass(conversationId, author))
        {
            return Task.CompletedTask;
        }

        var liveEvent = new LiveEvent("typing", null, conversationId, JsonSerializer.Serialize(new TypingData(author, name, typing), Json));
        return bus.PublishAsync(author == "agent" ? LiveTopics.Conversation(conversationId) : LiveTopics.Inbox, liveEvent, cancellationToken).AsTask();
    }

    public Task StartedAsync(string conversationId, CancellationToken cancellationToken) =>
        bus.PublishAsync(LiveTopics.Inbox, new LiveEvent("conversation", null, conversationId, JsonSerializer.Serialize(new ConversationData(conversationId), Json)), cancellationToken).AsTask();

    public Task AssignedAsync(string conversationId, string? userId, string? teamId, CancellationToken cancellationToken) =>
        bus.PublishAsync(LiveTopics.Inbox, new LiveEvent("assignment", null, conversationId, JsonSerializer.Serialize(new AssignmentData(conversationId, userId, teamId), Json)), cancellationToken).AsTask();

    /// <summary>The visitor's survey answer (O9), for the agents' thread: the visitor already knows it.</summary>
    public Task RatedAsync(string conversationId, string rating, string? comment, CancellationToken cancellationToken) =>
        bus.PublishAsync(LiveTopics.Inbox, new LiveEvent("rating", null, conversationId, JsonSerializer.Serialize(new RatingData(rating, comment), Json)), cancellationToken).AsTask();

    /// <summary>The visitor read the thread up to <paramref name="seq"/> (agents' numbering), for the agents' "Seen".</summary>
    public Task SeenAsync(string conversationId, long seq, CancellationToken cancellationToken) =>
        bus.PublishAsync(LiveTopics.Inbox, new LiveEvent("seen", null, conversationId, SeenJson(seq)), cancellationToken).AsTask();

    /// <summary>The data of a <c>seen</c> event, also sent when an agent's thread stream connects.</summary>
    internal static string SeenJson(long seq) => JsonSerializer.Serialize(new SeenData(seq), Json);

    private sealed record SeenData(long Seq);

    private sealed record StatusData(string Status);

    private sealed record TypingData(string Author, string? Name, bool Typing);

    private sealed record ConversationData(string ConversationId);

    private sealed record RatingData(string Rating, string? Comment);

    private sealed record AssignmentData(string ConversationId, string? UserId, string? TeamId);
}
