using System.Data.Common;
using System.Globalization;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Analytics;

/// <summary>
/// The changes one unit of work makes to the analytics summary (<see cref="AnalyticsSummaryRecord"/>),
/// added up in memory and written with one upsert per chunk inside the caller's transaction — the
/// transaction that inserts the events — so the summary can never disagree with the events.
/// Increments are <c>Count = Count + excluded.Count</c> in the database, never read-modify-write, so
/// concurrent turns cannot lose one; rows go out in key order so two writers cannot deadlock.
/// Drop-off needs what a conversation did before this turn (which actions it reached, where it would
/// leave): <see cref="LoadAsync"/> reads that from the conversation's earlier events.
/// Every counter carries the conversation's language (L1), which is fixed when it starts, so a report
/// filtered by language adds up the same rows without another write per turn.
/// </summary>
public sealed class AnalyticsTally
{
    public const string ActionLeft = "actionLeft";
    public const string ContactCreated = "contactCreated";
    public const long SecondsPerQuarterHour = 900;

    private const int RowsPerStatement = 200;

    /// <summary>Kinds counted once per event, as they are.</summary>
    private static readonly HashSet<string> Plain = new([FlowEventKinds.Started, FlowEventKinds.Completed, FlowEventKinds.HandedOff, FlowEventKinds.TicketCreated, FlowEventKinds.MeetingBooked], StringComparer.Ordinal);

    /// <summary>The kinds that move a conversation along its path: where it is, and whether it ended the bot's part.</summary>
    private static readonly string[] PathKinds = [FlowEventKinds.ActionReached, FlowEventKinds.Completed, FlowEventKinds.HandedOff];

    private readonly Dictionary<string, AnalyticsPath> _progress = new(StringComparer.Ordinal);
    private readonly Dictionary<Key, (long Count, long Total)> _deltas = [];

    public static long QuarterHourOf(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / (TimeSpan.TicksPerSecond * SecondsPerQuarterHour);

    /// <summary>
    /// Reads the path of conversations that existed before this unit of work, one query for all of them;
    /// conversations already known here (read earlier, or new) are skipped.
    /// </summary>
    public async Task LoadAsync(ChatflowsDbContext db, IEnumerable<string> conversationIds, CancellationToken cancellationToken)
    {
        var ids = conversationIds.Where(id => !_progress.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        foreach (var id in ids)
        {
            _progress[id] = new AnalyticsPath();
        }

        var earlier = await db.FlowEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ConversationId) && PathKinds.Contains(e.Kind))
            .OrderBy(e => e.Id)
            .Select(e => new { e.ConversationId, e.Kind, e.ActionId, e.OccurredUtc })
            .ToListAsync(cancellationToken);
        foreach (var e in earlier)
        {
            Move(_progress[e.ConversationId], null, "", e.Kind, e.ActionId, QuarterHourOf(e.OccurredUtc));
        }
    }

    /// <summary>Starts a conversation from a path known without reading its events (the node kept it after its last commit).</summary>
    public void Seed(string conversationId, AnalyticsPath path) => _progress[conversationId] = path.Copy();

    /// <summary>The conversation's path after what was added so far; null when it was neither loaded nor seeded nor added to.</summary>
    public AnalyticsPath? PathOf(string conversationId) => _progress.TryGetValue(conversationId, out var path) ? path.Copy() : null;

    /// <summary>Counts one event. A conversation not loaded first is taken to be new (no earlier events).</summary>
    /// <param name="language">The conversation's language (<see cref="ConversationRecord.Language"/>, else the language its flow ran in).</param>
    public void Add(FlowEventRecord e, string language)
    {
        var quarter = QuarterHourOf(e.OccurredUtc);
        if (Plain.Contains(e.Kind))
        {
            Change(new Key(e.ChatflowId, e.Kind, quarter, "", language), 1);
        }
        else if (e.Kind == FlowEventKinds.SurveyRated && Rating(e.Detail) is { } rating)
        {
            Change(new Key(e.ChatflowId, e.Kind, quarter, "", language), 1, rating);
        }

        if (!_progress.TryGetValue(e.ConversationId, out var progress))
        {
            _progress[e.ConversationId] = progress = new AnalyticsPath();
        }

        Move(progress, e.ChatflowId, language, e.Kind, e.ActionId, quarter);
    }

    /// <summary>A contact the chatflow's conversation created, counted in that conversation's language.</summary>
    public void AddContact(string chatflowId, string language, DateTime createdUtc) =>
        Change(new Key(chatflowId, ContactCreated, QuarterHourOf(createdUtc), "", language), 1);

    /// <summary>
    /// Turns the changes added so far into their opposite: what taking those events away from the summary takes
    /// (the sample data's removal adds up every sample conversation's events from its first, then reverses them).
    /// </summary>
    public void Reverse()
    {
        foreach (var (key, (count, total)) in _deltas.ToList())
        {
            _deltas[key] = (-count, -total);
        }
    }

    /// <summary>Writes the changes in the current transaction and starts over (a failed transaction must not leave stale paths here).</summary>
    public async Task SaveAsync(ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        foreach (var chunk in TakeDeltas().Chunk(RowsPerStatement))
        {
            await UpsertAsync(db, chunk, cancellationToken);
        }
    }

    /// <summary>
    /// The changes added so far, in key order (so two writers cannot deadlock on the counters' row locks), and starts
    /// over as <see cref="SaveAsync"/> does: for a writer that upserts them itself.
    /// </summary>
    public List<AnalyticsDelta> TakeDeltas()
    {
        var rows = _deltas.Where(d => d.Value != (0, 0))
            .OrderBy(d => d.Key.ChatflowId, StringComparer.Ordinal).ThenBy(d => d.Key.Kind, StringComparer.Ordinal)
            .ThenBy(d => d.Key.QuarterHour).ThenBy(d => d.Key.ActionId, StringComparer.Ordinal).ThenBy(d => d.Key.Language, StringComparer.Ordinal)
            .Select(d => new AnalyticsDelta(d.Key.ChatflowId, d.Key.Kind, d.Key.QuarterHour, d.Key.ActionId, d.Key.Language, d.Value.Count, d.Value.Total)).ToList();
        _deltas.Clear();
        _progress.Clear();
        return rows;
    }

    /// <summary>
    /// The upsert of counters into <paramref name="table"/>, one row of values per entry of <paramref name="rows"/>
    /// (each the key's parameters, then Count's and Total's). The same syntax on SQLite (3.24+) and PostgreSQL; the
    /// addition happens under the row's lock, never read-modify-write.
    /// </summary>
    public static string UpsertSql(string table, IEnumerable<IReadOnlyList<string>> rows)
    {
        var keys = string.Join(", ", AnalyticsDelta.KeyColumns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", rows.Select(r => $"({string.Join(", ", r)})"));
        return $"""
            INSERT INTO "{table}" ({keys}, "Count", "Total") VALUES {values}
            ON CONFLICT ({keys}) DO UPDATE SET "Count" = "{table}"."Count" + excluded."Count", "Total" = "{table}"."Total" + excluded."Total"
            """;
    }

    /// <summary>
    /// Reached counts a conversation's first arrival at an action; left follows the last action it
    /// reached until it reaches another or completes or is handed off — then it moves there, or away.
    /// </summary>
    private void Move(AnalyticsPath progress, string? chatflowId, string language, string kind, string? actionId, long quarter)
    {
        if (kind == FlowEventKinds.ActionReached && actionId is not null)
        {
            if (progress.Reached.Add(actionId) && chatflowId is not null)
            {
                Change(new Key(chatflowId, FlowEventKinds.ActionReached, quarter, actionId, language), 1);
            }

            Leave(progress, chatflowId, language);
            progress.LeftAt = (actionId, quarter);
            if (chatflowId is not null)
            {
                Change(new Key(chatflowId, ActionLeft, quarter, actionId, language), 1);
            }
        }
        else if (kind is FlowEventKinds.Completed or FlowEventKinds.HandedOff)
        {
            Leave(progress, chatflowId, language);
        }
    }

    // The conversation's language does not change, so the counter it left at carries the same language.
    private void Leave(AnalyticsPath progress, string? chatflowId, string language)
    {
        if (progress.LeftAt is { } left && chatflowId is not null)
        {
            Change(new Key(chatflowId, ActionLeft, left.QuarterHour, left.ActionId, language), -1);
        }

        progress.LeftAt = null;
    }

    private void Change(Key key, long count, long total = 0)
    {
        var (c, t) = _deltas.GetValueOrDefault(key);
        _deltas[key] = (c + count, t + total);
    }

    private static int? Rating(string? detail) => detail is { Length: 1 } && detail[0] is >= '1' and <= '5' ? detail[0] - '0' : null;

    private static Task<int> UpsertAsync(ChatflowsDbContext db, AnalyticsDelta[] rows, CancellationToken cancellationToken)
    {
        using var factory = db.Database.GetDbConnection().CreateCommand();
        List<DbParameter> values = [];
        List<IReadOnlyList<string>> names = [];
        foreach (var row in rows)
        {
            List<string> rowNames = [];
            foreach (var value in (object[])[.. row.KeyValues(), row.Count, row.Total])
            {
                var parameter = factory.CreateParameter();
                parameter.ParameterName = string.Create(CultureInfo.InvariantCulture, $"@s{values.Count}");
                parameter.Value = value;
                rowNames.Add(parameter.ParameterName);
                values.Add(parameter);
            }

            names.Add(rowNames);
        }

        return db.Database.ExecuteSqlRawAsync(UpsertSql(db.TableOf<AnalyticsSummaryRecord>(), names), values, cancellationToken);
    }

    private readonly record struct Key(string ChatflowId, string Kind, long QuarterHour, string ActionId, string Language);
}
