using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NpgsqlTypes;

namespace Chatflows.Visitors;

/// <summary>
/// The type a null parameter of a turn's statement is sent as: the one Npgsql gives its column's non-null values.
/// Npgsql keeps a prepared statement for its parameters' types, and an untyped null is a type of its own, so the
/// visitor's message (a client id, no payload) and the bot's (a payload, no client id) replaced each other's
/// prepared INSERT on every batch, and PostgreSQL parsed and planned both anew each time (perf: planning alone was
/// 4–5 % of both cores under load).
/// </summary>
internal static class PostgresNullTypes
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Record, IReadOnlyList<string> Columns), NpgsqlDbType?[]> Known = new();

    /// <param name="columns">The statement's columns in the order of its values; keep the list itself, it is the cache's key.</param>
    public static NpgsqlDbType?[] Of<TRecord>(IModel model, IReadOnlyList<string> columns) =>
        Known.GetOrAdd((model, typeof(TRecord), columns), key =>
        {
            var entity = key.Model.FindEntityType(key.Record) ?? throw new InvalidOperationException($"{key.Record.Name} is not in the model.");
            return [.. key.Columns.Select(column => TypeOf(entity.GetProperties().Single(p => p.GetColumnName() == column)))];
        });

    private static NpgsqlDbType? TypeOf(IProperty property)
    {
        var type = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        return (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => NpgsqlDbType.Text,
            var t when t == typeof(long) => NpgsqlDbType.Bigint,
            var t when t == typeof(int) => NpgsqlDbType.Integer,
            var t when t == typeof(bool) => NpgsqlDbType.Boolean,
            var t when t == typeof(double) => NpgsqlDbType.Double,
            var t when t == typeof(DateTime) || t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
            _ => null,
        };
    }
}
