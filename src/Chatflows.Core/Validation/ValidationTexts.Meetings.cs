using System.Globalization;
using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The meetings admin's messages: meeting types, meeting hours, office hours (B5).
public static partial class ValidationTexts
{
    public static TextMessage MeetingsNotADate(string line) => M("meetings.notADate", ("line", line));
    public static TextMessage MeetingsNotARange(string part) => M("meetings.notARange", ("part", part));
    public static TextMessage MeetingsTimeZone(string zone) => M("meetings.timeZone", ("zone", zone));
    public static TextMessage MeetingsFiveMinutes() => M("meetings.fiveMinutes");
    public static TextMessage MeetingsTypeNameRequired() => M("meetings.typeNameRequired");
    public static TextMessage MeetingsTypeSlugRequired() => M("meetings.typeSlugRequired");
    public static TextMessage MeetingsTypeName() => M("meetings.typeName");
    public static TextMessage MeetingsTypeSlug() => M("meetings.typeSlug");
    public static TextMessage MeetingsTypeMissing() => M("meetings.typeMissing");
    public static TextMessage MeetingsSlugTaken() => M("meetings.slugTaken");

    // Minutes as written (43200, not 43,200): the number is one an editor types back into the field.
    public static TextMessage MeetingsNotice(int max) => M("meetings.notice", ("max", max.ToString(CultureInfo.InvariantCulture)));
    public static TextMessage MeetingsWindow(int max) => M("meetings.window", ("max", max));
    public static TextMessage MeetingsBuffer(int min, int max) => M("meetings.buffer", ("min", min), ("max", max.ToString(CultureInfo.InvariantCulture)));
    public static TextMessage MeetingsHoursSaved(string name) => M("meetings.hoursSaved", ("name", name));
    public static TextMessage MeetingsCancelled(string reference, string visitor) => M("meetings.cancelled", ("reference", reference), ("visitor", visitor));
    public static TextMessage MeetingsAlreadyCancelled(string reference) => M("meetings.alreadyCancelled", ("reference", reference));
    public static TextMessage MeetingsTypeDeleted(string name) => M("meetings.typeDeleted", ("name", name));
    public static TextMessage MeetingsTypeSaved(string name) => M("meetings.typeSaved", ("name", name));
}
