namespace Chatflows.Mail;

/// <summary>The kinds of mail the outbox stores (<see cref="Storage.MailOutboxRecord.Kind"/>); each has its templates and texts.</summary>
public static class MailKinds
{
    public const string MeetingBooked = "meeting-booked";
    public const string MeetingRescheduled = "meeting-rescheduled";
    public const string MeetingCancelled = "meeting-cancelled";

    /// <summary>The host's copy of a meeting booked, rescheduled or cancelled (the model's <c>change</c> says which).</summary>
    public const string MeetingHost = "meeting-host";
    public const string TicketCreated = "ticket-created";
    public const string TicketAssigned = "ticket-assigned";

    /// <summary>An agent's replies to a visitor who was not there to read them (continuity).</summary>
    public const string ConversationReply = "conversation-reply";

    /// <summary>A hand-off that nobody in the team took in time.</summary>
    public const string HandoffWaiting = "handoff-waiting";

    /// <summary>The conversation, which the visitor asked for in the widget's end state.</summary>
    public const string Transcript = "transcript";

    /// <summary>The admin's "send a test mail".</summary>
    public const string Test = "test";

    public static readonly IReadOnlyList<string> All =
        [MeetingBooked, MeetingRescheduled, MeetingCancelled, MeetingHost, TicketCreated, TicketAssigned, ConversationReply, HandoffWaiting, Transcript, Test];

    /// <summary>The switch on the admin's mail page that turns this kind on or off.</summary>
    public static string Notification(string kind) => kind switch
    {
        MeetingBooked or MeetingRescheduled or MeetingCancelled or MeetingHost => MailNotifications.Meetings,
        TicketCreated => MailNotifications.TicketCreated,
        TicketAssigned => MailNotifications.TicketAssigned,
        ConversationReply => MailNotifications.ConversationReply,
        HandoffWaiting => MailNotifications.TeamHandoff,
        Transcript => MailNotifications.Transcript,
        _ => "",
    };

    /// <summary>Mail to a visitor: only to an address they gave in the conversation or through a verified identity.</summary>
    public static bool ToVisitor(string kind) => kind is MeetingBooked or MeetingRescheduled or MeetingCancelled or TicketCreated or ConversationReply or Transcript;
}
