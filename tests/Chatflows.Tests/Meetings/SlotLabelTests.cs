using Chatflows.Meetings;
using NodaTime;

namespace Chatflows.Tests.Meetings;

public sealed class SlotLabelTests
{
    private static readonly Instant MondayMorning = Instant.FromUtc(2026, 11, 30, 8, 0);

    [Fact]
    public void A_slot_names_its_day_and_month_in_the_conversation_language()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

        var dutch = MeetingScheduler.Label(MondayMorning, "Europe/Amsterdam", zone, "nl");
        var english = MeetingScheduler.Label(MondayMorning, "Europe/Amsterdam", zone, "en");

        Assert.Equal("Mon 30 Nov, 09:00 (Europe/Amsterdam)", english);
        Assert.StartsWith("ma 30 nov", dutch, StringComparison.Ordinal);
        Assert.EndsWith("09:00 (Europe/Amsterdam)", dutch, StringComparison.Ordinal);
    }
}
