namespace Chatflows.Mail;

/// <summary>The notifications an administrator switches on or off on the mail page; all are on until switched off.</summary>
public static class MailNotifications
{
    public const string Meetings = "meetings";
    public const string TicketCreated = "ticketCreated";
    public const string TicketAssigned = "ticketAssigned";
    public const string ConversationReply = "conversationReply";
    public const string TeamHandoff = "teamHandoff";
    public const string Transcript = "transcript";

    public static readonly IReadOnlyList<string> All = [Meetings, TicketCreated, TicketAssigned, ConversationReply, TeamHandoff, Transcript];
}
