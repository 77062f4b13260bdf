namespace Chatflows.Core.Engine;

public enum FlowEventKind
{
    Started,
    Restarted,
    ActionReached,
    ActionCompleted,
    Completed,
    HandedOff,
    TicketCreated,
    MeetingBooked,
    Failed,
}
