using Chatflows.Core.Engine;

namespace Chatflows.Storage;

/// <summary>
/// The one source of <see cref="ConversationRecord.Status"/>'s stored strings: the engine's
/// <see cref="ConversationStatus"/>, camel-cased, plus <see cref="Closed"/>, which only an agent sets.
/// </summary>
public static class ConversationStatuses
{
    public const string Active = "active";
    public const string WaitingForVisitor = "waitingForVisitor";
    public const string HandedOff = "handedOff";
    public const string Ended = "ended";

    /// <summary>Closed by an agent; the widget shows its end state.</summary>
    public const string Closed = "closed";

    /// <summary>The statuses of a conversation still going on: what the open-conversations cap counts and idle closing ends.</summary>
    public static readonly string[] Live = [Active, WaitingForVisitor, HandedOff];

    public static bool IsOpen(string status) => status is not (Ended or Closed);

    /// <summary>The stored string of an engine status; a status added to the engine fails here, not silently in a query.</summary>
    public static string Of(ConversationStatus status) => status switch
    {
        ConversationStatus.Active => Active,
        ConversationStatus.WaitingForVisitor => WaitingForVisitor,
        ConversationStatus.HandedOff => HandedOff,
        ConversationStatus.Ended => Ended,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No stored string for this status."),
    };
}
