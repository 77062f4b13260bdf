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
    ConversationRating? Rating);
