using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Visitors;

/// <summary>
/// The writer's SQL per database (<see cref="ITurnStore"/>) stores a conversation's rows only while its last sequence
/// number is still the one the writer read: a number that moved refuses the whole batch, and nothing of it is kept.
/// </summary>
public sealed class TurnStoreTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Rows_on_a_sequence_number_that_moved_are_refused_and_rows_on_the_read_one_are_stored(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "hello");
        var before = await InboxAgents.ConversationAsync(host, id);

        var stale = await WriteAsync(host, id, "stale row", readSeqOffset: -1);
        var fresh = await WriteAsync(host, id, "fresh row", readSeqOffset: 0);
        var messages = await InboxAgents.MessagesAsync(host, id);
        var after = await InboxAgents.ConversationAsync(host, id);

        Assert.IsType<DbUpdateConcurrencyException>(stale);
        Assert.Null(fresh);
        Assert.DoesNotContain(messages, m => m.Text == "stale row");
        Assert.Equal(before.LastSeq + 1, Assert.Single(messages, m => m.Text == "fresh row").Seq);
        Assert.Equal(before.LastSeq + 1, after.LastSeq);
        Assert.Equal(Enumerable.Range(1, messages.Count).Select(n => (long)n), messages.Select(m => m.Seq));
    }

    // One batch of one bot message on the conversation, written through the port as the node's writer does it.
    private static Task<Exception?> WriteAsync(ChatflowsFactory host, string id, string text, long readSeqOffset) =>
        host.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ChatflowsDbContext>();
            var store = services.GetRequiredService<ITurnStore>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var conversation = (await store.ReadForWriteAsync(db, [id], CancellationToken.None))[id];
            var readSeq = conversation.LastSeq;
            var rows = new TurnRows();
            rows.Messages.Add(new MessageRecord
            {
                ConversationId = id, Seq = ++conversation.LastSeq, VisitorSeq = ++conversation.LastVisitorSeq, Author = MessageAuthor.Bot, Text = text,
                CreatedUtc = DateTime.UtcNow,
            });
            rows.Conversations.Add((conversation, readSeq + readSeqOffset));
            try
            {
                await store.WriteAsync(db, rows, CancellationToken.None);
                await transaction.CommitAsync();
                return null;
            }
            catch (DbUpdateConcurrencyException e)
            {
                return (Exception)e;
            }
        });
}
