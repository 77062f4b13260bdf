using System.Data.Common;
using System.Globalization;
using System.Text;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Chatflows.Analytics;

/// <summary>
/// One analytics command: SQL text plus its parameters, and the two spots where SQLite and PostgreSQL
/// differ (turning a UTC timestamp into a day number). Values always travel as parameters.
/// </summary>
internal sealed class AnalyticsSql(ChatflowsDbContext db)
{
    private readonly bool _postgres = db is PostgresChatflowsDbContext;
    private readonly List<(string Name, object Value)> _parameters = [];

    public string Parameter(object value)
    {
        var name = $"@a{_parameters.Count}";
        _parameters.Add((name, value));
        return name;
    }

    public string Instant(Instant instant) => Parameter(instant.ToDateTimeUtc());

    /// <summary>
    /// The local day number (days since 1970-01-01 in the site's zone) of a UTC timestamp column. The
    /// offset is a CASE over the range's offsets, so a DST change mid-range still lands on the right day.
    /// </summary>
    public string DayNumber(string column, AnalyticsQuery query)
    {
        var offsets = query.Offsets;
        var offset = new StringBuilder();
        if (offsets.Count == 1)
        {
            offset.Append(Parameter(offsets[0].Offset.Seconds));
        }
        else
        {
            offset.Append("CASE");
            for (var i = 0; i < offsets.Count - 1; i++)
            {
                offset.Append(" WHEN ").Append(column).Append(" < ").Append(Instant(offsets[i + 1].Since)).Append(" THEN ").Append(Parameter(offsets[i].Offset.Seconds));
            }

            offset.Append(" ELSE ").Append(Parameter(offsets[^1].Offset.Seconds)).Append(" END");
        }

        return _postgres
            ? $"CAST(floor((extract(epoch from {column}) + {offset}) / 86400) AS bigint)"
            : $"((CAST(strftime('%s', {column}) AS INTEGER) + {offset}) / 86400)";
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
