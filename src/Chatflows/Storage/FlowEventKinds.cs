using Chatflows.Core.Engine;

namespace Chatflows.Storage;

/// <summary>
/// The one source of <see cref="FlowEventRecord.Kind"/>'s stored strings: the engine's <see cref="FlowEventKind"/>,
/// camel-cased, plus the kinds written outside the engine. Analytics reads these and nothing else.
/// </summary>
public static class FlowEventKinds
{
    public const string Started = "started";
    public const string Restarted = "restarted";
    public const string ActionReached = "actionReached";
    public const string ActionCompleted = "actionCompleted";
    public const string Completed = "completed";
    public const string HandedOff = "handedOff";
    public const string TicketCreated = "ticketCreated";
    public const string MeetingBooked = "meetingBooked";
    public const string Failed = "failed";

    /// <summary>The visitor's satisfaction survey answer; Detail is the rating "1".."5" (thumbs: "1"/"5").</summary>
    public const string SurveyRated = "surveyRated";

    /// <summary>A conversation closed because nobody wrote in it for too long; Detail is the status it had (<see cref="ConversationStatuses"/>).</summary>
    public const string ClosedIdle = "closedIdle";

    /// <summary>The stored string of an engine event; an event kind added to the engine fails here, not silently in a report.</summary>
    public static string Of(FlowEventKind kind) => kind switch
    {
        FlowEventKind.Started => Started,
        FlowEventKind.Restarted => Restarted,
        FlowEventKind.ActionReached => ActionReached,
        FlowEventKind.ActionCompleted => ActionCompleted,
        FlowEventKind.Completed => Completed,
        FlowEventKind.HandedOff => HandedOff,
        FlowEventKind.TicketCreated => TicketCreated,
        FlowEventKind.MeetingBooked => MeetingBooked,
        FlowEventKind.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No stored string for this event kind."),
    };
}
