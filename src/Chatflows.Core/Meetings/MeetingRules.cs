using Chatflows.Core.Validation;
using NodaTime;

namespace Chatflows.Core.Meetings;

/// <summary>
/// The timing rules of one meeting type (B2): how long, how much air around it, how soon and how far
/// ahead a visitor may book. Every length is a whole number of <see cref="Grain"/>s, because the database
/// claims a meeting's time in grains to refuse double bookings (see <c>docs/admin-guide.md</c>, Meetings).
/// </summary>
/// <param name="Duration">Length of the meeting.</param>
/// <param name="BufferBefore">Free time the host keeps before it.</param>
/// <param name="BufferAfter">Free time the host keeps after it.</param>
/// <param name="MinimumNotice">How long before its start a slot can still be booked.</param>
/// <param name="BookingWindowDays">How many days ahead (counting today) slots are offered.</param>
public sealed record MeetingRules(Duration Duration, Duration BufferBefore, Duration BufferAfter, Duration MinimumNotice, int BookingWindowDays)
{
    /// <summary>The unit of meeting times: starts, lengths and buffers are multiples of five minutes.</summary>
    public static readonly Duration Grain = Duration.FromMinutes(5);

    public const int MaxDurationMinutes = 8 * 60;
    public const int MaxBufferMinutes = 4 * 60;
    public const int MaxNoticeMinutes = 30 * 24 * 60;
    public const int MaxWindowDays = 365;

    /// <summary>Rules from minutes, as the admin and recipes write them.</summary>
    public static MeetingRules FromMinutes(int duration, int bufferBefore, int bufferAfter, int minimumNotice, int bookingWindowDays) => new(
        Duration.FromMinutes(duration), Duration.FromMinutes(bufferBefore), Duration.FromMinutes(bufferAfter),
        Duration.FromMinutes(minimumNotice), bookingWindowDays);

    /// <summary>Every problem with these rules, by the field names the admin form and recipes use.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        List<FieldError> errors = [];
        Check("durationMinutes", Duration, Grain, MaxDurationMinutes);
        Check("bufferBeforeMinutes", BufferBefore, Duration.Zero, MaxBufferMinutes);
        Check("bufferAfterMinutes", BufferAfter, Duration.Zero, MaxBufferMinutes);
        if (MinimumNotice < Duration.Zero || MinimumNotice > Duration.FromMinutes(MaxNoticeMinutes))
        {
            errors.Add(new("minimumNoticeMinutes", ValidationTexts.MeetingsNotice(MaxNoticeMinutes)));
        }

        if (BookingWindowDays is < 1 or > MaxWindowDays)
        {
            errors.Add(new("bookingWindowDays", ValidationTexts.MeetingsWindow(MaxWindowDays)));
        }

        return errors;

        void Check(string field, Duration value, Duration min, int maxMinutes)
        {
            if (value < min || value > Duration.FromMinutes(maxMinutes) || value.BclCompatibleTicks % Grain.BclCompatibleTicks != 0)
            {
                errors.Add(new(field, ValidationTexts.MeetingsBuffer((int)min.TotalMinutes, maxMinutes)));
            }
        }
    }
}
