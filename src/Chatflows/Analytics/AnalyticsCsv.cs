using System.Globalization;
using System.Text;
using NodaTime.Text;

namespace Chatflows.Analytics;

/// <summary>
/// CSV exports of the analytics (RFC 4180: comma, CRLF, quotes doubled). Action labels and chatflow
/// names are typed by editors, so a text cell starting with = + - @ (or a tab or carriage return) is
/// prefixed with an apostrophe: spreadsheets would otherwise run it as a formula (CSV injection).
/// </summary>
public static class AnalyticsCsv
{
    /// <summary>The language column's value when the numbers cover every language.</summary>
    public const string AllLanguages = "All languages";

    public static string Daily(AnalyticsReport report, string chatflowName)
    {
        var language = Text(report.Query.Language ?? AllLanguages);
        var csv = new StringBuilder();
        Row(csv, "Date", "Chatflow", "Language", "Conversations started", "Completed", "Handed off", "Tickets created", "Meetings booked", "Contacts created", "Survey responses", "Survey average");
        foreach (var day in report.Days)
        {
            Row(csv, [LocalDatePattern.Iso.Format(day.Date), Text(chatflowName), language, .. Numbers(day.Counts)]);
        }

        Row(csv, ["Total", Text(chatflowName), language, .. Numbers(report.Totals)]);
        return csv.ToString();
    }

    public static string DropOff(IReadOnlyList<ActionDropOff> actions, string chatflowName, string? language = null)
    {
        var csv = new StringBuilder();
        Row(csv, "Chatflow", "Language", "Action id", "Action", "Type", "Reached", "Left here", "Left here (%)");
        foreach (var action in actions)
        {
            Row(csv, Text(chatflowName), Text(language ?? AllLanguages), Text(action.ActionId), Text(action.Removed ? $"{action.Label} (removed)" : action.Label), Text(action.Type),
                Number(action.Reached), Number(action.Left), (action.LeftShare * 100).ToString("0.0", CultureInfo.InvariantCulture));
        }

        return csv.ToString();
    }

    /// <summary>A text cell: neutralised against formulas, then quoted when it needs to be.</summary>
    public static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static string[] Numbers(AnalyticsCounts counts) =>
    [
        Number(counts.Started), Number(counts.Completed), Number(counts.HandedOff), Number(counts.TicketsCreated),
        Number(counts.MeetingsBooked), Number(counts.ContactsCreated), Number(counts.SurveyResponses),
        counts.SurveyAverage?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
    ];

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] cells) => csv.Append(string.Join(',', cells)).Append("\r\n");
}
