using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Live;

/// <summary>
/// One conversation's events for its visitor (numbered by <see cref="MessageRecord.VisitorSeq"/>) or for an
/// agent's thread page (by <see cref="MessageRecord.Seq"/>). Both numberings have no gaps, so the stream
/// sends every number in order, once: the caller subscribed before calling, the stored messages after
/// <c>after</c> are replayed, then live events follow; an event at or below the last number sent is
/// dropped, and an event past the next number means a message committed before it has not come by (writers
/// publish in their own order, on one node or several, and an event can be lost): that range is read from
/// the database, where it is, because a message is published only after its commit.
/// </summary>
internal static class ConversationStream
{
    private const int BacklogPage = 200;

    public static async IAsyncEnumerable<SseItem<string>> ReadAsync(
        LiveSubscription subscription, string conversationId, long after, bool forAgent, HttpContext context, ChatflowsDbContext db, StreamWatch watch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var _ = subscription;
        var last = after;
        await foreach (var (number, item) in StoredAsync(db, conversationId, forAgent, last, long.MaxValue, cancellationToken))
        {
            last = number;
            yield return item;
        }

        var state = await db.Conversations.Where(c => c.Id == conversationId).Select(c => new { c.Status, c.VisitorReadSeq }).SingleAsync(cancellationToken);
        yield return new SseItem<string>(JsonSerializer.Serialize(new { state.Status }, JsonSerializerOptions.Web), "status")
        {
            ReconnectionInterval = watch.ReconnectInterval, // sent once: EventSource keeps it for the connection's life
        };
        if (forAgent && state.VisitorReadSeq > 0)
        {
            // A read receipt between the thread's page and its stream would be missed otherwise.
            yield return new SseItem<string>(ConversationEvents.SeenJson(state.VisitorReadSeq), "seen");
        }

        while (await LiveStream.WaitAsync(subscription, context, watch, cancellationToken))
        {
            while (subscription.Reader.TryRead(out var liveEvent))
            {
                if (liveEvent.ConversationId != conversationId)
                {
                    continue; // the agents' topic carries every conversation
                }

                if (liveEvent.Type != "message")
                {
                    yield return new SseItem<string>(liveEvent.Data, liveEvent.Type);
                    continue;
                }

                var number = liveEvent.Id!.Value;
                if (number <= last)
                {
                    continue; // already sent
                }

                if (number > last + 1)
                {
                    await foreach (var (stored, item) in StoredAsync(db, conversationId, forAgent, last, number, cancellationToken))
                    {
                        last = stored;
                        yield return item;
                    }

                    continue; // the range read includes this event's own message
                }

                last = number;
                yield return new SseItem<string>(liveEvent.Data, "message") { EventId = Id(number) };
            }
        }
    }

    /// <summary>Stored messages numbered after <paramref name="after"/> up to <paramref name="upTo"/>, in order, a page at a time.</summary>
    private static async IAsyncEnumerable<(long Number, SseItem<string> Item)> StoredAsync(
        ChatflowsDbContext db, string conversationId, bool forAgent, long after, long upTo, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var messages = db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId);
            var page = await (forAgent
                    ? messages.Where(m => m.Seq > after && m.Seq <= upTo).OrderBy(m => m.Seq)
                    : messages.VisibleToVisitor().Where(m => m.VisitorSeq > after && m.VisitorSeq <= upTo).OrderBy(m => m.VisitorSeq))
                .Take(BacklogPage).ToListAsync(cancellationToken);
            foreach (var message in page)
            {
                after = forAgent ? message.Seq : message.VisitorSeq!.Value;
                var dto = forAgent ? message.ToDto() : message.ToVisitorDto();
                yield return (after, new SseItem<string>(JsonSerializer.Serialize(dto, JsonSerializerOptions.Web), "message") { EventId = Id(after) });
            }

            if (page.Count < BacklogPage)
            {
                yield break;
            }
        }
    }

    private static string Id(long seq) => seq.ToString(CultureInfo.InvariantCulture);
}
