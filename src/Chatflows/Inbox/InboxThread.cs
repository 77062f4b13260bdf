using Chatflows.Storage;

namespace Chatflows.Inbox;

/// <summary>A conversation as an agent sees it: the whole transcript (notes too), the page, the contact card.</summary>
public sealed record InboxThread(
    ConversationRecord Conversation,
    string ChatflowName,
    string? AgentName,
    IReadOnlyList<MessageRecord> Messages,
    IReadOnlyDictionary<string, string> ContactProperties,
    IReadOnlyDictionary<string, string> CompanyProperties,
    IReadOnlyDictionary<string, string> AuthorNames);
