using System.Data.Common;
using System.Globalization;
using System.Text;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Chatflows.Analytics;

/// <summary>
/// One analytics command: SQL text plus its parameters. The summary's quarter hours are plain integers,
/// so the same SQL runs on SQLite and PostgreSQL. Values always travel as parameters.
/// </summary>
internal sealed class AnalyticsSql(ChatflowsDbContext db)
{
    private readonly List<(string Name, object Value)> _parameters = [];

    public string Parameter(object value)
    {
        var name = $"@a{_parameters.Count}";
        _parameters.Add((name, value));
        return name;
    }

    /// <summary>
    /// The local day number of a summary row's quarter hour: whole-number arithmetic, no per-row date
    /// function. Offsets are whole quarter hours and DST changes fall on one, so a quarter hour never straddles two days.
    /// </summary>
    public string DayNumberOfQuarterHour(string column, AnalyticsQuery query)
    {
        var seconds = $"({column} * {AnalyticsTally.SecondsPerQuarterHour})";
        var offsets = query.Offsets;
        var offset = new StringBuilder();
        if (offsets.Count == 1)
        {
            offset.Append(Parameter((long)offsets[0].Offset.Seconds));
        }
        else
        {
            offset.Append("CASE");
            for (var i = 0; i < offsets.Count - 1; i++)
            {
                offset.Append(" WHEN ").Append(seconds).Append(" < ").Append(Parameter(offsets[i + 1].Since.ToUnixTimeSeconds()))
                    .Append(" THEN ").Append(Parameter((long)offsets[i].Offset.Seconds));
            }

            offset.Append(" ELSE ").Append(Parameter((long)offsets[^1].Offset.Seconds)).Append(" END");
        }

        return $"(({seconds} + {offset}) / 86400)";
    }

    /// <summary>The summary rows whose quarter hour starts inside [start, end).</summary>
    public string QuarterHours(string column, Instant start, Instant end) =>
        $"{column} >= {Parameter(QuarterHourFrom(start))} AND {column} < {Parameter(QuarterHourFrom(end))}";

    /// <summary>The first whole quarter hour starting at or after <paramref name="instant"/>.</summary>
    public static long QuarterHourFrom(Instant instant)
    {
        var seconds = instant.ToUnixTimeSeconds() + (instant.ToUnixTimeTicks() % NodaConstants.TicksPerSecond > 0 ? 1 : 0);
        var quarters = Math.DivRem(seconds, AnalyticsTally.SecondsPerQuarterHour, out var rest);
        return quarters + (rest > 0 ? 1 : 0);
    }

    public static LocalDate Day(long dayNumber) => new LocalDate(1970, 1, 1).PlusDays(checked((int)dayNumber));

    /// <summary>Runs the query and hands each row to <paramref name="read"/>.</summary>
    public async Task ReadAsync(string sql, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in _parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public static long Long(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
