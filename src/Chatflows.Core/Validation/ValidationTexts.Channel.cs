using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The chat channel's settings and its availability (office hours, away and wait messages), and the answer to
// any admin save that lost a race.
public static partial class ValidationTexts
{
    public static TextMessage SaveConflict() => M("save.conflict");
    public static TextMessage ChannelAccentColor() => M("channel.accentColor");
    public static TextMessage ChannelHeading(int max) => M("channel.heading", ("max", max));
    public static TextMessage ChannelAvatarUrl() => M("channel.avatarUrl");
    public static TextMessage ChannelWelcome(int max) => M("channel.welcome", ("max", Plain(max)));
    public static TextMessage ChannelTimeZone(string zone) => M("channel.timeZone", ("zone", zone));
    public static TextMessage ChannelHoursTimes(string day) => M("channel.hoursTimes", ("day", day));
    public static TextMessage ChannelHoliday(string line) => M("channel.holiday", ("line", line));
    public static TextMessage ChannelTranslatedTwice(string language) => M("channel.translatedTwice", ("language", language));
    public static TextMessage AvailabilityChoose(string values) => M("availability.choose", ("values", values));
    public static TextMessage AvailabilityLanguages(int max) => M("availability.languages", ("max", max));
    public static TextMessage AvailabilityLanguageCode() => M("availability.languageCode");
    public static TextMessage AvailabilityMessage(int max) => M("availability.message", ("max", Plain(max)));
    public static TextMessage AvailabilityMessageLength(int max) => M("availability.messageLength", ("max", Plain(max)));
    public static TextMessage HoursDay() => M("hours.day");
    public static TextMessage HoursDayTwice(string day) => M("hours.dayTwice", ("day", day));
    public static TextMessage HoursRanges(int max) => M("hours.ranges", ("max", max));
    public static TextMessage HoursRangeEnd() => M("hours.rangeEnd");
    public static TextMessage HoursOverlap(string range) => M("hours.overlap", ("range", range));
    public static TextMessage HoursHolidays(int max) => M("hours.holidays", ("max", max));

    // A limit the form's maxlength also states, written as the page has always written it (1000, not 1,000).
    private static string Plain(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
