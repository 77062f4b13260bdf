using System.Text.Json.Nodes;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Analytics;

/// <summary>
/// Drop-off per action of one chatflow (P4): how many conversations reached each action and how many
/// left there. A service of its own because the builder's overview graph shows the same numbers.
/// </summary>
public sealed class DropOffAnalytics(ChatflowsDbContext db)
{
    private const int LabelLength = 80;

    /// <summary>
    /// The chatflow's actions in flow order (from the start, following next and branch targets, then any
    /// the start does not reach), followed by actions since removed that conversations in the range reached.
    /// Null when the chatflow does not exist.
    /// </summary>
    public Task<IReadOnlyList<ActionDropOff>?> GetAsync(string chatflowId, Instant start, Instant end, CancellationToken cancellationToken) =>
        GetAsync(chatflowId, start, end, null, cancellationToken);

    /// <param name="language">Only conversations in this language (L1); all when null.</param>
    public async Task<IReadOnlyList<ActionDropOff>?> GetAsync(string chatflowId, Instant start, Instant end, string? language, CancellationToken cancellationToken)
    {
        var record = await db.Chatflows.AsNoTracking().Where(c => c.Id == chatflowId)
            .Select(c => new { c.PublishedJson, c.DraftJson }).SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return null;
        }

        var counts = await CountAsync(chatflowId, start, end, language, cancellationToken);
        var flow = FlowJson.Deserialize(record.PublishedJson ?? record.DraftJson);
        List<ActionDropOff> rows = [];
        foreach (var action in InFlowOrder(flow))
        {
            var (reached, left) = counts.Remove(action.Id, out var found) ? found : (0, 0);
            rows.Add(new ActionDropOff(action.Id, action.Type, Label(action), reached, left));
        }

        rows.AddRange(counts.OrderByDescending(c => c.Value.Reached).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new ActionDropOff(c.Key, "", c.Key, c.Value.Reached, c.Value.Left, Removed: true)));
        return rows;
    }

    /// <summary>
    /// From the summary: reached counts each conversation once, in the quarter hour it first reached the
    /// action; left counts it where it stopped — its last action, with nothing after that ends the bot's
    /// part (another action, completed, handed off) — in the quarter hour it reached that action.
    /// </summary>
    private async Task<Dictionary<string, (long Reached, long Left)>> CountAsync(
        string chatflowId, Instant start, Instant end, string? language, CancellationToken cancellationToken)
    {
        var sql = new AnalyticsSql(db);
        var inLanguage = language is null ? "" : $" AND s.\"Language\" = {sql.Parameter(language)}";
        var text = $"""
            SELECT s."ActionId", SUM(CASE WHEN s."Kind" = '{FlowEventKinds.ActionReached}' THEN s."Count" ELSE 0 END),
                   SUM(CASE WHEN s."Kind" = '{AnalyticsTally.ActionLeft}' THEN s."Count" ELSE 0 END)
            FROM "{db.TableOf<AnalyticsSummaryRecord>()}" s
            WHERE s."ChatflowId" = {sql.Parameter(chatflowId)} AND s."Kind" IN ('{FlowEventKinds.ActionReached}', '{AnalyticsTally.ActionLeft}')
              AND {sql.QuarterHours("s.\"QuarterHour\"", start, end)}{inLanguage}
            GROUP BY s."ActionId"
            """;
        Dictionary<string, (long, long)> counts = new(StringComparer.Ordinal);
        await sql.ReadAsync(text, row =>
        {
            var (reached, left) = (AnalyticsSql.Long(row, 1), AnalyticsSql.Long(row, 2));
            if (reached != 0 || left != 0)
            {
                counts[row.GetString(0)] = (reached, left);
            }
        }, cancellationToken);
        return counts;
    }

    private static IEnumerable<FlowAction> InFlowOrder(Chatflow flow)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (flow.EffectiveStartActionId is { } first)
        {
            queue.Enqueue(first);
        }

        while (queue.TryDequeue(out var id))
        {
            if (flow.FindAction(id) is not { } action || !seen.Add(id))
            {
                continue;
            }

            yield return action;
            foreach (var target in action.Next is null ? action.Branches.Select(b => b.GoTo) : action.Branches.Select(b => b.GoTo).Prepend(action.Next))
            {
                queue.Enqueue(target);
            }
        }

        foreach (var action in flow.Actions.Where(a => seen.Add(a.Id)))
        {
            yield return action;
        }
    }

    /// <summary>What an editor recognises the action by: its question or message, else its id.</summary>
    private static string Label(FlowAction action)
    {
        foreach (var key in new[] { "text", "message", "subject" })
        {
            if (action.Settings[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
            {
                text = text.ReplaceLineEndings(" ").Trim();
                return text.Length <= LabelLength ? text : string.Concat(text.AsSpan(0, LabelLength - 1), "…");
            }
        }

        return action.Id;
    }
}
