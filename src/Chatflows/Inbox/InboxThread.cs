using Chatflows.Storage;
using Chatflows.Surveys;

namespace Chatflows.Inbox;

/// <summary>A conversation as an agent sees it: the whole transcript (notes too), the page, the contact card, the rating.</summary>
/// <param name="Rating">The visitor's answer to the satisfaction survey (O9), once the conversation has ended.</param>
public sealed record InboxThread(
    InboxConversation Conversation,
    string ChatflowName,
    string? AgentName,
    IReadOnlyList<TranscriptLine> Messages,
    IReadOnlyDictionary<string, string> ContactProperties,
    IReadOnlyDictionary<string, string> CompanyProperties,
    ConversationRating? Rating)
{
    private static readonly string AgentKind = nameof(MessageAuthor.Agent).ToLowerInvariant();

    /// <summary>The agents' reply the visitor has read last in the widget: the thread marks it "Seen".</summary>
    public long? SeenSeq => Messages.LastOrDefault(m => m.Kind == AgentKind && m.Seq <= Conversation.VisitorReadSeq)?.Seq;
}
