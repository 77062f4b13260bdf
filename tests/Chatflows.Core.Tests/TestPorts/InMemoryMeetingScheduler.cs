using Chatflows.Core.Ports;
using NodaTime;

namespace Chatflows.Core.Tests.TestPorts;

/// <summary>Hourly slots from a fixed list; a booked slot disappears, and booking it again fails.</summary>
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

    public ValueTask<MeetingBooking?> BookAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken)
    {
        if (!Free.Remove(slot))
        {
            return ValueTask.FromResult<MeetingBooking?>(null);
        }

        Booked.Add((slot, name, email));
        return ValueTask.FromResult<MeetingBooking?>(new MeetingBooking($"M-{Booked.Count}", "Sanne de Vries", $"/meetings/M-{Booked.Count}.ics"));
    }
}
