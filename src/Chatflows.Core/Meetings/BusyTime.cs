using NodaTime;

namespace Chatflows.Core.Meetings;

/// <summary>
/// A meeting already in the host's calendar, with the buffers it was booked with: a new meeting may
/// not touch the old one's buffers, nor put its own buffers over the old meeting.
/// </summary>
public sealed record BusyTime(Interval Meeting, Duration BufferBefore, Duration BufferAfter)
{
    /// <summary>The meeting with its buffers.</summary>
    public Interval Padded => new(Meeting.Start - BufferBefore, Meeting.End + BufferAfter);
}
