using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Inbox;

public sealed partial class InboxSearchTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Search_finds_conversations_by_words_in_visitor_messages_and_takes_wildcards_literally(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider);
        await InboxAgents.AllAwayAsync(host);
        await InboxAgents.CreateAsync(host, "sam@chatflows.test", "Sam", available: false);
        var agent = await InboxAgents.SignInAsync(host, "sam@chatflows.test");
        var discount = await ConversationSayingAsync(host, agent, "My invoice shows a 50% discount");
        var hundreds = await ConversationSayingAsync(host, agent, "About 500 discounts on invoices");
        var file = await ConversationSayingAsync(host, agent, "The file is report_2024.pdf");
        var lookalike = await ConversationSayingAsync(host, agent, "The file is reportX2024.pdf");
        await SearchIndexCatchUp.WaitAsync(host);

        var invoice = await FoundAsync(agent, "INVOICE");
        var percent = await FoundAsync(agent, "50%");
        var underscore = await FoundAsync(agent, "report_2024");
        var lonePercent = await FoundAsync(agent, "%");
        var loneUnderscore = await FoundAsync(agent, "_");
        var quote = await FoundAsync(agent, "\"discount OR x\"");

        Assert.Equal([.. new[] { discount, hundreds }.Order(StringComparer.Ordinal)], invoice);
        Assert.Equal([discount], percent);
        Assert.Equal([file], underscore);
        Assert.Equal([discount], lonePercent);
        Assert.Equal([file], loneUnderscore);
        Assert.Empty(quote);
        Assert.DoesNotContain(lookalike, underscore);
    }

    private static async Task<string> ConversationSayingAsync(ChatflowsFactory host, AdminClient agent, string text)
    {
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await InboxAgents.PostAsync(agent, id, "TakeOver");
        await visitor.SayAsync(id, text);
        Assert.Contains(await InboxAgents.MessagesAsync(host, id), m => m.Author == MessageAuthor.Visitor && m.Text == text);
        return id;
    }

    private static async Task<List<string>> FoundAsync(AdminClient agent, string words)
    {
        var page = await agent.Http.GetStringAsync($"/admin/inbox?view=open&q={Uri.EscapeDataString(words)}");
        return [.. Row().Matches(page).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("<tr data-conversation=\"([^\"]+)\"")]
    private static partial Regex Row();
}
