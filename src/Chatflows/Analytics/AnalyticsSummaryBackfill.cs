using Chatflows.Storage;
namespace Chatflows.Analytics;

/// <summary>
/// Fills the analytics summary from the events already stored, with the rules <see cref="AnalyticsTally"/>
/// applies turn by turn, so an upgraded database shows the numbers it showed before. Run once by the
/// <c>AnalyticsDailySummary</c> migrations (and by the benchmark after seeding); set-based, one statement per measure.
/// Contacts have no event: each counts once, for the chatflow of its first real (non-preview) conversation.
/// </summary>
public static class AnalyticsSummaryBackfill
{
    /// <param name="postgres">PostgreSQL's date arithmetic rather than SQLite's.</param>
    /// <param name="tablePrefix">
    /// Put before every table name: empty for the migration, which ran before SQLite's tables had
    /// <see cref="Storage.SqliteTables.Prefix"/>; that prefix for a SQLite database of today.
    /// </param>
    public static IReadOnlyList<string> Statements(bool postgres, string tablePrefix = "")
    {
        string[] tables = ["AnalyticsSummary", "FlowEvents", "Conversations", "Contacts"];
        string Quarter(string column) => postgres
            ? $"CAST(floor(extract(epoch from {column}) / 900) AS bigint)"
            : $"(CAST(strftime('%s', {column}) AS INTEGER) / 900)";
        const string Insert = """INSERT INTO "AnalyticsSummary" ("ChatflowId", "Kind", "QuarterHour", "ActionId", "Count", "Total")""";

        IReadOnlyList<string> statements =
        [
            $"""
            {Insert}
            SELECT e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}, '', COUNT(*), 0
            FROM "FlowEvents" e
            WHERE e."Kind" IN ('started', 'completed', 'handedOff', 'ticketCreated', 'meetingBooked')
            GROUP BY e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}
            """,
            $"""
            {Insert}
            SELECT e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}, '', COUNT(*), SUM(CAST(e."Detail" AS INTEGER))
            FROM "FlowEvents" e
            WHERE e."Kind" = '{FlowEventKinds.SurveyRated}' AND e."Detail" IN ('1', '2', '3', '4', '5')
            GROUP BY e."ChatflowId", e."Kind", {Quarter("e.\"OccurredUtc\"")}
            """,

            // Reached: each conversation once per action, when it first got there.
            $"""
            {Insert}
            SELECT f."ChatflowId", '{FlowEventKinds.ActionReached}', {Quarter("f.\"FirstUtc\"")}, f."ActionId", COUNT(*), 0
            FROM (SELECT e."ChatflowId", e."ActionId", MIN(e."OccurredUtc") AS "FirstUtc"
                  FROM "FlowEvents" e
                  WHERE e."Kind" = 'actionReached' AND e."ActionId" IS NOT NULL
                  GROUP BY e."ChatflowId", e."ConversationId", e."ActionId") f
            GROUP BY f."ChatflowId", f."ActionId", {Quarter("f.\"FirstUtc\"")}
            """,

            // Left: the conversation's last step is reaching an action (not completing, not a hand-off).
            $"""
            {Insert}
            SELECT e."ChatflowId", '{AnalyticsTally.ActionLeft}', {Quarter("e.\"OccurredUtc\"")}, e."ActionId", COUNT(*), 0
            FROM (SELECT MAX(l."Id") AS "Id" FROM "FlowEvents" l
                  WHERE l."Kind" IN ('actionReached', 'completed', 'handedOff')
                  GROUP BY l."ConversationId") last
            JOIN "FlowEvents" e ON e."Id" = last."Id"
            WHERE e."Kind" = 'actionReached' AND e."ActionId" IS NOT NULL
            GROUP BY e."ChatflowId", e."ActionId", {Quarter("e.\"OccurredUtc\"")}
            """,
            $"""
            {Insert}
            SELECT first."ChatflowId", '{AnalyticsTally.ContactCreated}', {Quarter("first.\"CreatedUtc\"")}, '', COUNT(*), 0
            FROM (SELECT ct."CreatedUtc",
                         (SELECT c."ChatflowId" FROM "Conversations" c WHERE c."ContactId" = ct."Id" AND NOT c."IsPreview"
                          ORDER BY c."StartedUtc", c."Id" LIMIT 1) AS "ChatflowId"
                  FROM "Contacts" ct) first
            WHERE first."ChatflowId" IS NOT NULL
            GROUP BY first."ChatflowId", {Quarter("first.\"CreatedUtc\"")}
            """,
        ];
        return tablePrefix.Length == 0
            ? statements
            : [.. statements.Select(sql => tables.Aggregate(sql, (text, table) => text.Replace($"\"{table}\"", $"\"{tablePrefix}{table}\"", StringComparison.Ordinal)))];
    }
}
