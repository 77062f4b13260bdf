using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Inbox;

public sealed partial class InboxFilterTests
{
    [Fact]
    public async Task Channel_filter_separates_help_desk_conversations_from_the_inbox_and_ignores_unknown_channels()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "sam@chatflows.test", "Sam", available: false);
        var agent = await InboxAgents.SignInAsync(host, "sam@chatflows.test");
        await PublishAsync(host, Flow("desk", "Hi!", Action("ask", "askQuestion", new { text = "What is broken?" })) with { Binding = FlowBinding.Helpdesk });
        var (_, deskStart) = await VisitorClient.For(host).StartAsync("desk");
        var (_, inboxStart) = await VisitorClient.For(host).StartAsync();
        var desk = deskStart.GetProperty("conversationId").GetString()!;
        var inbox = inboxStart.GetProperty("conversationId").GetString()!;

        var helpdeskOnly = await RowsAsync(agent, "helpdesk");
        var inboxOnly = await RowsAsync(agent, "inbox");
        var unknown = await RowsAsync(agent, "<nonsense>");

        Assert.Equal([desk], helpdeskOnly);
        Assert.Equal([inbox], inboxOnly);
        Assert.Equal([.. new[] { desk, inbox }.Order(StringComparer.Ordinal)], unknown);
    }

    private static async Task<List<string>> RowsAsync(AdminClient agent, string channel)
    {
        var page = await agent.Http.GetStringAsync($"/admin/inbox?view=open&channel={Uri.EscapeDataString(channel)}");
        return [.. Row().Matches(page).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("<tr data-conversation=\"([^\"]+)\"")]
    private static partial Regex Row();
}
