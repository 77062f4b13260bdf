using Chatflows.Channel;
using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Chatflows.PickLists;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Analytics;

/// <summary>
/// Reads the filter (chatflow, from, to, language) against the site: the site's time zone from the channel
/// settings decides what "today" and each day's boundaries are. Default: the last 30 days, today included, all languages.
/// </summary>
public sealed partial class AnalyticsRequestReader(PickListQueries lists, ChannelSettingsStore channel, AnalyticsReports reports, TimeProvider time)
{
    public const int DefaultDays = 30;

    public Task<AnalyticsRequest> ReadAsync(string? chatflowId, string? from, string? to, CancellationToken cancellationToken) =>
        ReadAsync(chatflowId, from, to, null, cancellationToken);

    /// <param name="language">A language tag (BCP 47, e.g. nl or pt-BR); empty or null for all languages.</param>
    public async Task<AnalyticsRequest> ReadAsync(string? chatflowId, string? from, string? to, string? language, CancellationToken cancellationToken)
    {
        var chatflows = (await lists.ChatflowsAsync(cancellationToken)).Select(c => new ChatflowChoice(c.Id, c.Name)).ToList();
        var settings = (await channel.GetAsync(cancellationToken)).Settings;
        var zone = settings.Zone();
        var today = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(zone).Date;

        Dictionary<string, TextMessage> errors = [];
        var toDate = Parse(to, today, "to", errors);
        var fromDate = Parse(from, toDate.PlusDays(1 - DefaultDays), "from", errors);
        if (errors.Count == 0 && fromDate > toDate)
        {
            errors["from"] = ValidationTexts.AnalyticsOrder();
        }
        else if (errors.Count == 0 && Period.Between(fromDate, toDate, PeriodUnits.Days).Days >= AnalyticsQuery.MaxDays)
        {
            errors["from"] = ValidationTexts.AnalyticsDays(AnalyticsQuery.MaxDays);
        }

        if (!string.IsNullOrEmpty(chatflowId) && !chatflows.Any(c => c.Id == chatflowId))
        {
            errors["chatflow"] = ValidationTexts.AnalyticsChatflow();
        }

        language = language?.Trim() ?? "";
        if (language.Length > 0 && !LanguageTag().IsMatch(language))
        {
            errors["language"] = ValidationTexts.AnalyticsLanguage();
        }

        var languages = (await reports.LanguagesAsync(cancellationToken)).Select(l => new LanguageChoice(l)).ToList();
        var query = errors.Count == 0
            ? new AnalyticsQuery(string.IsNullOrEmpty(chatflowId) ? null : chatflowId, fromDate, toDate, zone, language.Length == 0 ? null : language)
            : null;
        return new AnalyticsRequest(query, errors, chatflows, Format(from, fromDate), Format(to, toDate), languages, language);
    }

    // What the summary stores: a BCP 47 tag of at most 16 characters.
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();

    private static LocalDate Parse(string? text, LocalDate fallback, string field, Dictionary<string, TextMessage> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success && parsed.Value.Year is >= 2000 and <= 9998)
        {
            return parsed.Value;
        }

        errors[field] = ValidationTexts.AnalyticsDate();
        return fallback;
    }

    /// <summary>What the form shows: the date in force, or what was typed when it could not be read.</summary>
    private static string Format(string? typed, LocalDate value) =>
        string.IsNullOrWhiteSpace(typed) || LocalDatePattern.Iso.Parse(typed.Trim()).Success ? LocalDatePattern.Iso.Format(value) : typed;
}
