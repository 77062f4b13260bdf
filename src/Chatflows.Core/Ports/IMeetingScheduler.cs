using Chatflows.Core.Engine;
using NodaTime;

namespace Chatflows.Core.Ports;

/// <summary>Meeting links of agents and teams (B2 "book a meeting"); the module implements it.</summary>
public interface IMeetingScheduler
{
    /// <summary>The next free slots of the user's (or team's) meeting type, soonest first.</summary>
    ValueTask<IReadOnlyList<MeetingSlot>> GetSlotsAsync(MeetingTarget target, Instant from, int maxSlots, CancellationToken cancellationToken);

    /// <summary>
    /// Prepares the booking of a slot that is still offered, without storing anything: the action requests it as a
    /// side effect, and the module claims the time when it writes the turn (the database decides a race there).
    /// Null when no host offers the slot any more.
    /// </summary>
    ValueTask<BookMeeting?> PrepareAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken);
}
