using System.Net;
using Chatflows.Analytics;
using Chatflows.Inbox;
using Chatflows.Live;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Chatflows.Visitors;
using Chatflows.Visitors.Continuity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Chatflows.Tests.Visitors.Continuity;

/// <summary>Idle conversations close (issue 16), once each however many nodes sweep, with time moved by hand.</summary>
public sealed class IdleConversationCloserTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Bot_only_conversations_close_after_the_session_timeout_and_handed_off_ones_after_a_week(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        var botOnly = await StartAsync(VisitorClient.For(host));
        var handedOff = await StartAsync(VisitorClient.For(host));
        await host.InScopeAsync(async s => Assert.Equal(InboxOutcome.Done, await s.GetRequiredService<InboxActions>().TakeOverAsync(handedOff, await AdminAsync(s), CancellationToken.None)));
        var time = new ManualTime(DateTimeOffset.UtcNow);

        time.Now += TimeSpan.FromMinutes(31); // the concierge's session timeout is 30 minutes
        var first = await CloseAsync(host, time);
        time.Now += TimeSpan.FromDays(7);
        var second = await CloseAsync(host, time);

        Assert.Equal((1, 1), (first, second));
        var statuses = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations.AsNoTracking()
            .Where(c => c.Id == botOnly || c.Id == handedOff).ToDictionaryAsync(c => c.Id, c => c.Status));
        Assert.Equal(ConversationStatuses.Closed, statuses[botOnly]);
        Assert.Equal(ConversationStatuses.Closed, statuses[handedOff]);
        var recorded = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().FlowEvents.AsNoTracking()
            .Where(e => e.Kind == FlowEventKinds.ClosedIdle).OrderBy(e => e.Id).Select(e => new { e.ConversationId, e.Detail }).ToListAsync());
        Assert.Equal([(botOnly, "waitingForVisitor"), (handedOff, "handedOff")], recorded.Select(e => (e.ConversationId, e.Detail)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_nodes_sweeping_at_once_close_each_conversation_once(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        List<string> ids = [];
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await StartAsync(VisitorClient.For(host)));
        }

        var time = new ManualTime(DateTimeOffset.UtcNow + TimeSpan.FromHours(1));

        var closed = await Task.WhenAll(CloseAsync(host, time), CloseAsync(host, time));

        Assert.Equal(4, closed.Sum());
        var events = await host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().FlowEvents.AsNoTracking()
            .Where(e => e.Kind == FlowEventKinds.ClosedIdle).Select(e => e.ConversationId).ToListAsync());
        Assert.Equal(ids.Order(), events.Order());
    }

    [Fact]
    public async Task A_visitor_whose_old_chats_closed_is_not_refused_a_new_one()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var visitor = VisitorClient.For(host);
        for (var i = 0; i < 5; i++)
        {
            await StartAsync(visitor);
        }

        var capped = (await visitor.StartAsync()).Response.StatusCode;
        await CloseAsync(host, new ManualTime(DateTimeOffset.UtcNow + TimeSpan.FromHours(1)));
        var after = (await visitor.StartAsync()).Response.StatusCode;

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.Created), (capped, after));
    }

    // One node's sweep: the real closer in a scope of its own, on the test's clock.
    private static Task<int> CloseAsync(ChatflowsFactory host, ManualTime time) => host.InScopeAsync(s =>
        new IdleConversationCloser(s.GetRequiredService<ChatflowsDbContext>(), s.GetRequiredService<TurnBatcher>(), time, s.GetRequiredService<IOptions<ConversationsOptions>>(),
            s.GetRequiredService<ConversationEvents>(), NullLogger<IdleConversationCloser>.Instance).CloseIdleAsync(CancellationToken.None));

    private static async Task<string> StartAsync(VisitorClient visitor)
    {
        var (response, body) = await visitor.StartAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body.GetProperty("conversationId").GetString()!;
    }

    private static async Task<ChatflowsUser> AdminAsync(IServiceProvider services) =>
        (await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(ChatflowsFactory.AdminEmail))!;
}
