using Chatflows.Core.Engine;
using Chatflows.Core.Ports;
using NodaTime;

namespace Chatflows.Core.Tests.TestPorts;

/// <summary>
/// Hourly slots from a fixed list. Without a database behind it, a prepared booking counts as booked: the slot
/// disappears, and preparing it again fails, as the module's writer would refuse it.
/// </summary>
public sealed class InMemoryMeetingScheduler : IMeetingScheduler
{
    public List<MeetingSlot> Free { get; } = [];

    public List<(MeetingSlot Slot, string Name, string Email)> Booked { get; } = [];

    public InMemoryMeetingScheduler WithSlots(Instant first, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var start = first + Duration.FromHours(i);
            Free.Add(new MeetingSlot($"slot-{i + 1}", start, start + Duration.FromMinutes(30), $"Slot {i + 1}"));
        }

        return this;
    }

    public ValueTask<IReadOnlyList<MeetingSlot>> GetSlotsAsync(MeetingTarget target, Instant from, int maxSlots, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<MeetingSlot>>([.. Free.Where(s => s.Start >= from).Take(maxSlots)]);

    public ValueTask<BookMeeting?> PrepareAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken)
    {
        if (!Free.Remove(slot))
        {
            return ValueTask.FromResult<BookMeeting?>(null);
        }

        Booked.Add((slot, name, email));
        var reference = $"M-{Booked.Count}";
        return ValueTask.FromResult<BookMeeting?>(new BookMeeting(
            reference, target.UserId ?? "u1", target.MeetingTypeId ?? "1", slot.Start, slot.End, name, email, target.VisitorTimeZone, $"token-{reference}",
            "Sanne de Vries", $"/meetings/{reference}.ics"));
    }
}
