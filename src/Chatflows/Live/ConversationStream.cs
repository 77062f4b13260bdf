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
/// One conversation's events for its visitor or for an agent's thread page. The caller subscribed before
/// calling, so replaying the stored messages after <c>after</c> and then following the subscription leaves
/// no gap; anything at or below the last sequence sent is dropped, so there is no duplicate either.
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
        while (true)
        {
            var messages = db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId && m.Seq > last);
            var page = await (forAgent ? messages : messages.VisibleToVisitor())
                .OrderBy(m => m.Seq).Take(BacklogPage).ToListAsync(cancellationToken);
            foreach (var message in page)
            {
                last = message.Seq;
                yield return new SseItem<string>(JsonSerializer.Serialize(message.ToDto(), JsonSerializerOptions.Web), "message") { EventId = Id(message.Seq) };
            }

            if (page.Count < BacklogPage)
            {
                break;
            }
        }

        var status = await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.Status).SingleAsync(cancellationToken);
        yield return new SseItem<string>(JsonSerializer.Serialize(new { status }, JsonSerializerOptions.Web), "status");

        while (await LiveStream.WaitAsync(subscription, context, watch, cancellationToken))
        {
            while (subscription.Reader.TryRead(out var liveEvent))
            {
                if (liveEvent.ConversationId != conversationId)
                {
                    continue; // the agents' topic carries every conversation
                }

                if (liveEvent.Type == "message")
                {
                    if (liveEvent.Id <= last)
                    {
                        continue; // already sent from the backlog
                    }

                    last = liveEvent.Id!.Value;
                }

                yield return new SseItem<string>(liveEvent.Data, liveEvent.Type) { EventId = liveEvent.Type == "message" ? Id(last) : null };
            }
        }
    }

    private static string Id(long seq) => seq.ToString(CultureInfo.InvariantCulture);
}
