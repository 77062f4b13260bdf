using Chatflows.Storage;

namespace Chatflows.Inbox;

/// <summary>Conversation statuses as agents filter and read them in the inbox.</summary>
public static class InboxStatuses
{
    public static IReadOnlyList<string> Filterable { get; } =
        [ConversationStatuses.Active, ConversationStatuses.WaitingForVisitor, ConversationStatuses.HandedOff, ConversationStatuses.Ended, ConversationStatuses.Closed];

    public static string Label(string status) => status switch
    {
        ConversationStatuses.Active => "Bot",
        ConversationStatuses.WaitingForVisitor => "Bot, waiting",
        ConversationStatuses.HandedOff => "With an agent",
        ConversationStatuses.Ended => "Ended",
        ConversationStatuses.Closed => "Closed",
        _ => status,
    };
}
