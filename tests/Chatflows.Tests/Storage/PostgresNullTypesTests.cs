using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Chatflows.Tests.Storage;

/// <summary>
/// The turn's statements send a null as the type its column's values have (issue 19): an untyped null made the
/// visitor's and the bot's message two statements to Npgsql, prepared and planned anew on every batch.
/// </summary>
public sealed class PostgresNullTypesTests
{
    [Fact]
    public void Every_value_of_every_statement_the_writer_sends_has_the_type_of_its_column()
    {
        using var db = new PostgresChatflowsDbContext(new DbContextOptionsBuilder<PostgresChatflowsDbContext>().UseNpgsql("Host=localhost;Database=types").Options);
        var model = db.Model;

        var messages = PostgresNullTypes.Of<MessageRecord>(model, TurnSql.MessageValueColumns);
        var updates = PostgresNullTypes.Of<ConversationRecord>(model, TurnSql.UpdateValueColumns);
        Assert.All(
            [messages, updates, PostgresNullTypes.Of<FlowEventRecord>(model, TurnSql.EventValueColumns), PostgresNullTypes.Of<MailOutboxRecord>(model, MailOutboxSql.Columns),
                PostgresNullTypes.Of<AnalyticsSummaryRecord>(model, TurnSql.AnalyticsValueColumns)],
            types => Assert.DoesNotContain(null, types));

        Assert.Equal(NpgsqlDbType.Text, messages[TurnSql.MessageValueColumns.ToList().IndexOf("ClientMessageId")]);
        Assert.Equal(NpgsqlDbType.Bigint, messages[TurnSql.MessageValueColumns.ToList().IndexOf("VisitorSeq")]);
        Assert.Equal(NpgsqlDbType.Text, messages[TurnSql.MessageValueColumns.ToList().IndexOf("Author")]); // an enum stored as text
        Assert.Equal(NpgsqlDbType.TimestampTz, updates[Array.IndexOf(TurnSql.UpdateValueColumns, "AssignedUtc")]);
    }
}
