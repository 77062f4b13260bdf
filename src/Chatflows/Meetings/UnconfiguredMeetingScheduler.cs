using Chatflows.Core.Ports;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>
/// The scheduler of a site where nobody has set up a meeting link yet: there is nothing to book, so the
/// book-a-meeting action takes its <c>NoSlots</c> branch. Replaced by meeting links (SPEC B2, P-meetings issue).
/// </summary>
internal sealed class UnconfiguredMeetingScheduler : IMeetingScheduler
{
    public ValueTask<IReadOnlyList<MeetingSlot>> GetSlotsAsync(MeetingTarget target, Instant from, int maxSlots, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<MeetingSlot>>([]);

    public ValueTask<MeetingBooking?> BookAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken) =>
        ValueTask.FromResult<MeetingBooking?>(null);
}
