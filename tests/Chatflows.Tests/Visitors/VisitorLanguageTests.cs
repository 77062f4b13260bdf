using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Visitors;

/// <summary>
/// One chatflow, two languages (L1): the demo's Concierge speaks English and Dutch. Each visitor says which language
/// they want when the conversation starts; the conversation keeps it for every text, branch and search.
/// </summary>
public sealed class VisitorLanguageTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_English_and_a_Dutch_visitor_talk_to_the_same_chatflow_each_in_their_language_branches_included()
    {
        var english = VisitorClient.For(_host);
        var dutch = VisitorClient.For(_host);

        var (_, enStart) = await StartAsync(english, "en-GB");
        var (_, nlStart) = await StartAsync(dutch, "nl-NL,nl;q=0.9,en;q=0.8");
        var enId = enStart.GetProperty("conversationId").GetString()!;
        var nlId = nlStart.GetProperty("conversationId").GetString()!;
        var (_, nlPrompt) = await dutch.SayAsync(nlId, "Een antwoord zoeken");
        var (_, nlAnswer) = await dutch.SayAsync(nlId, "Hoe doe ik mijn btw-aangifte?");
        var (_, enPrompt) = await english.SayAsync(enId, "search");
        var (_, enAnswer) = await english.SayAsync(enId, "How do I file my VAT return?");

        Assert.Equal("en", enStart.GetProperty("language").GetString());
        Assert.Equal("nl", nlStart.GetProperty("language").GetString());
        Assert.Equal("What can I help you with?", VisitorClient.Texts(enStart)[1]);
        Assert.Equal("Waarmee kan ik je helpen?", VisitorClient.Texts(nlStart)[1]);
        var choices = nlStart.GetProperty("messages")[1].GetProperty("payload").GetProperty("quickReplies").EnumerateArray().ToList();
        Assert.Equal(["Een antwoord zoeken", "Iemand spreken", "Een afspraak maken"], choices.Select(c => c.GetProperty("label").GetString()));
        Assert.Equal(["search", "person", "meeting"], choices.Select(c => c.GetProperty("value").GetString()));
        Assert.StartsWith("Prima!", VisitorClient.Texts(nlPrompt)[^1], StringComparison.Ordinal);
        Assert.StartsWith("Sure!", VisitorClient.Texts(enPrompt)[^1], StringComparison.Ordinal);
        Assert.Equal(("btw-aangifte-doen", "/help/btw-aangifte-doen?lang=nl"), FirstArticle(nlAnswer));
        Assert.Equal(("file-vat-return", "/help/file-vat-return?lang=en"), FirstArticle(enAnswer));
        Assert.Contains("Deze artikelen kunnen je verder helpen:", VisitorClient.Texts(nlAnswer));
        var stored = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().Conversations
            .Where(c => c.Id == enId || c.Id == nlId).ToDictionaryAsync(c => c.Id, c => c.Language));
        Assert.Equal("en", stored[enId]);
        Assert.Equal("nl", stored[nlId]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr-FR")]
    [InlineData("not a language at all, but a long string that no browser sends")]
    public async Task A_client_that_sends_no_language_or_one_the_chatflow_lacks_gets_the_base_language(string? language)
    {
        var visitor = VisitorClient.For(_host);

        var (response, start) = await StartAsync(visitor, language);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("en", start.GetProperty("language").GetString());
        Assert.Equal("What can I help you with?", VisitorClient.Texts(start)[1]);
    }

    [Fact]
    public async Task The_widget_config_speaks_the_language_asked_for_and_lists_the_chatflow_languages()
    {
        var client = _host.CreateClient();

        var dutch = JsonDocument.Parse(await client.GetStringAsync("/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing&lang=nl-BE")).RootElement;
        var english = JsonDocument.Parse(await client.GetStringAsync("/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing&lang=de")).RootElement;

        var nl = dutch.GetProperty("chatflow");
        Assert.Equal("nl", nl.GetProperty("language").GetString());
        Assert.Equal("nl", dutch.GetProperty("language").GetString());
        Assert.StartsWith("Hoi daar", nl.GetProperty("welcomeMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(["en", "nl"], nl.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("Sorry, er ging aan onze kant iets mis. Probeer het zo nog eens.", nl.GetProperty("errorMessage").GetString());
        Assert.Equal("ledgerly-nl", nl.GetProperty("help").GetProperty("knowledgeBaseId").GetString());
        var en = english.GetProperty("chatflow");
        Assert.Equal("en", en.GetProperty("language").GetString());
        Assert.StartsWith("Hi there", en.GetProperty("welcomeMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal("ledgerly-en", en.GetProperty("help").GetProperty("knowledgeBaseId").GetString());
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> StartAsync(VisitorClient visitor, string? language)
    {
        var response = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge", pageUrl = "http://localhost/pricing", language });
        var body = await VisitorClient.BodyAsync(response);
        visitor.VisitorId = body.GetProperty("visitorId").GetString();
        return (response, body);
    }

    private static (string? Slug, string? Url) FirstArticle(JsonElement answer)
    {
        var articles = answer.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "articles");
        var first = articles.GetProperty("payload").GetProperty("articles")[0];
        return (first.GetProperty("slug").GetString(), first.GetProperty("url").GetString());
    }
}
