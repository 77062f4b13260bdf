using Chatflows.Storage;
namespace Chatflows.Analytics;

/// <summary>
/// Fills the analytics summary from the events already stored, with the rules <see cref="AnalyticsTally"/>
/// applies turn by turn, so an upgraded database shows the numbers it showed before. Run once by the
/// <c>AnalyticsDailySummary</c> migrations (and by the benchmark after seeding); set-based, one statement per measure.
/// Contacts have no event: each counts once, for the chatflow of its first real (non-preview) conversation.
/// With <c>languages</c> (the <c>AnalyticsLanguage</c> migrations and every database of today) each counter also
/// carries its conversation's language, the chatflow's base language for a conversation from before languages.
/// </summary>
public static class AnalyticsSummaryBackfill
{
    /// <param name="postgres">PostgreSQL's date arithmetic rather than SQLite's.</param>
    /// <param name="tablePrefix">
    /// Put before every table name: empty for the migration, which ran before SQLite's tables had
    /// <see cref="Storage.SqliteTables.Prefix"/>; that prefix for a SQLite database of today.
    /// </param>
    /// <param name="languages">False only for the <c>AnalyticsDailySummary</c> migrations, which ran before the summary had a language.</param>
    public static IReadOnlyList<string> Statements(bool postgres, string tablePrefix = "", bool languages = true)
    {
        string[] tables = ["AnalyticsSummary", "FlowEvents", "Conversations", "Contacts", "Chatflows"];
        string Quarter(string column) => postgres
            ? $"CAST(floor(extract(epoch from {column}) / 900) AS bigint)"
            : $"(CAST(strftime('%s', {column}) AS INTEGER) / 900)";
        var insert = $"""INSERT INTO "AnalyticsSummary" ("ChatflowId", "Kind", "QuarterHour", "ActionId", {(languages ? "\"Language\", " : "")}"Count", "Total")""";

        // The event's conversation's language, after the column it follows (", x" or nothing), and the joins that give it.
        const string LanguageOf = """COALESCE(c."Language", ch."Language", '')""";
        var language = languages ? $", {LanguageOf}" : "";
        string Joins(string events) => languages
            ? $"""
               JOIN "Conversations" c ON c."Id" = {events}."ConversationId" LEFT JOIN "Chatflows" ch ON ch."Id" = c."ChatflowId"
              """
            : "";
        var firstLanguage = languages
            ? $"""
              , (SELECT {LanguageOf} FROM "Conversations" c LEFT JOIN "Chatflows" ch ON ch."Id" = c."ChatflowId"
                 WHERE c."ContactId" = ct."Id" AND NOT c."IsPreview" ORDER BY c."StartedUtc", c."Id" LIMIT 1) AS "Language"
              """
            : "";

        IReadOnlyList<string> statements =
        [
            $"""
            {insert}
            SELECT e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}, ''{language}, COUNT(*), 0
            FROM "FlowEvents" e{Joins("e")}
            WHERE e."Kind" IN ('started', 'completed', 'handedOff', 'ticketCreated', 'meetingBooked')
            GROUP BY e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}{language}
            """,
            $"""
            {insert}
            SELECT e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}, ''{language}, COUNT(*), SUM(CAST(e."Detail" AS INTEGER))
            FROM "FlowEvents" e{Joins("e")}
            WHERE e."Kind" = '{FlowEventKinds.SurveyRated}' AND e."Detail" IN ('1', '2', '3', '4', '5')
            GROUP BY e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}{language}
            """,

            // Reached: each conversation once per action, when it first got there.
            $"""
            {insert}
            SELECT f."ChatflowId", '{FlowEventKinds.ActionReached}', {Quarter("f.\"FirstUtc\"")}, f."ActionId"{(languages ? ", f.\"Language\"" : "")}, COUNT(*), 0
            FROM (SELECT e."ChatflowId", e."ActionId"{(languages ? language + " AS \"Language\"" : "")}, MIN(e."OccurredUtc") AS "FirstUtc"
                  FROM "FlowEvents" e{Joins("e")}
                  WHERE e."Kind" = 'actionReached' AND e."ActionId" IS NOT NULL
                  GROUP BY e."ChatflowId", e."ConversationId", e."ActionId"{language}) f
            GROUP BY f."ChatflowId", f."ActionId", {Quarter("f.\"FirstUtc\"")}{(languages ? ", f.\"Language\"" : "")}
            """,

            // Left: the conversation's last step is reaching an action (not completing, not a hand-off).
            $"""
            {insert}
            SELECT e."ChatflowId", '{AnalyticsTally.ActionLeft}', {Quarter("e.\"OccurredUtc\"")}, e."ActionId"{language}, COUNT(*), 0
            FROM (SELECT MAX(l."Id") AS "Id" FROM "FlowEvents" l
                  WHERE l."Kind" IN ('actionReached', 'completed', 'handedOff')
                  GROUP BY l."ConversationId") last
            JOIN "FlowEvents" e ON e."Id" = last."Id"{Joins("e")}
            WHERE e."Kind" = 'actionReached' AND e."ActionId" IS NOT NULL
            GROUP BY e."ChatflowId", e."ActionId", {Quarter("e.\"OccurredUtc\"")}{language}
            """,
            $"""
            {insert}
            SELECT first."ChatflowId", '{AnalyticsTally.ContactCreated}', {Quarter("first.\"CreatedUtc\"")}, ''{(languages ? ", first.\"Language\"" : "")}, COUNT(*), 0
            FROM (SELECT ct."CreatedUtc",
                         (SELECT c."ChatflowId" FROM "Conversations" c WHERE c."ContactId" = ct."Id" AND NOT c."IsPreview"
                          ORDER BY c."StartedUtc", c."Id" LIMIT 1) AS "ChatflowId"{firstLanguage}
                  FROM "Contacts" ct) first
            WHERE first."ChatflowId" IS NOT NULL
            GROUP BY first."ChatflowId", {Quarter("first.\"CreatedUtc\"")}{(languages ? ", first.\"Language\"" : "")}
            """,
        ];
        return tablePrefix.Length == 0
            ? statements
            : [.. statements.Select(sql => tables.Aggregate(sql, (text, table) => text.Replace($"\"{table}\"", $"\"{tablePrefix}{table}\"", StringComparison.Ordinal)))];
    }
}
