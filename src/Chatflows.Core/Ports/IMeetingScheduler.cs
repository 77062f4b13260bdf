using NodaTime;

namespace Chatflows.Core.Ports;

/// <summary>Meeting links of agents and teams (B2 "book a meeting"); the module implements it.</summary>
public interface IMeetingScheduler
{
    /// <summary>The next free slots of the user's (or team's) meeting type, soonest first.</summary>
    ValueTask<IReadOnlyList<MeetingSlot>> GetSlotsAsync(MeetingTarget target, Instant from, int maxSlots, CancellationToken cancellationToken);

    /// <summary>Books a slot; false when someone else took it first (the database decides).</summary>
    ValueTask<MeetingBooking?> BookAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken);
}
