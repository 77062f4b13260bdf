using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Admin;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>
/// Knowledge-base search in any language (K2, L1): a language with a Lucene analyzer of its own gets it (Arabic), any
/// other the standard analyzer; the widget's Help tab of a translation without a knowledge base searches the base language's,
/// and the bot's search goes on to the knowledge base's own language when neither the visitor's nor the base language has articles.
/// </summary>
public sealed class AnyLanguageSearchTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task An_Arabic_article_written_in_the_admin_is_found_by_visitors_with_Arabic_stemming()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await admin.PostFormAsync("/admin/knowledge-base/bases/create", new() { ["Input.Name"] = "Arabic help", ["Input.Id"] = "help-ar", ["Input.Language"] = "ar" });

        var created = await CreateArticleAsync(admin, "help-ar", "ar", "vat-return-ar", "الضريبة على القيمة المضافة", "قدّم إقرار الضريبة كل ثلاثة أشهر من صفحة الإقرارات.");
        // "ضريبة" without the article "ال" and "الضريبة" are one word only to an Arabic analyzer (prefix and ta marbuta stripped).
        var (status, slugs) = await SearchAsync("ضريبة", "ar");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["vat-return-ar"], slugs);
    }

    [Fact]
    public async Task A_language_without_a_stemmer_is_searched_with_the_standard_analyzer_and_one_without_articles_answers_none()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        await admin.PostFormAsync("/admin/knowledge-base/bases/create", new() { ["Input.Name"] = "Swahili help", ["Input.Id"] = "help-sw", ["Input.Language"] = "sw" });

        await CreateArticleAsync(admin, "help-sw", "sw", "kodi", "Jinsi ya kulipa kodi", "Lipa kodi kila robo mwaka.");
        var found = await SearchAsync("kodi", "sw");
        var none = await SearchAsync("kodi", "pt-BR");
        var refused = await _host.CreateClient().GetAsync("/chatflows/api/kb/search?q=kodi&lang=..%2F..%2Fetc");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal(["kodi"], found.Slugs);
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Empty(none.Slugs);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task The_Help_tab_of_a_translation_without_a_knowledge_base_of_its_own_searches_the_base_language()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var page = await admin.Http.GetStringAsync("/admin/chatflows/concierge/translations");
        var added = await admin.PostFormAsync("/admin/chatflows/concierge/translations?handler=Add",
            new() { ["DraftVersion"] = Admin.Chatflows.ChatflowAdminFixture.DraftVersionOf(page), ["language"] = "ar" }, formPage: "/admin/chatflows/concierge/translations");
        var published = await admin.PostFormAsync("/admin/chatflows/concierge/publish", [], formPage: "/admin/chatflows/concierge");

        var arabic = await HelpAsync("ar");
        var dutch = await HelpAsync("nl");
        var (_, slugs) = await SearchAsync("VAT return", arabic.Language!);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(("ar", "ledgerly-en", "en"), arabic);
        Assert.Equal(("nl", "ledgerly-nl", "nl"), dutch);
        Assert.Contains("file-vat-return", slugs);
    }

    [Fact]
    public async Task The_bots_search_for_a_Dutch_visitor_finds_the_English_articles_when_its_knowledge_base_has_no_Dutch_ones()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);

        // ledgerly-en has English articles only, and the site's Dutch index has articles of another knowledge base.
        var (statuses, language, article) = await AskDutchVisitorAsync(admin, "help-bot", "Help bot", "ledgerly-en", "How do I file my VAT return?");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal("nl", language);
        Assert.Equal(("file-vat-return", "/help/file-vat-return?lang=en"), article);
    }

    [Fact]
    public async Task The_bots_search_for_a_Dutch_visitor_of_an_English_chatflow_finds_the_German_articles_of_its_German_only_knowledge_base()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var knowledgeBase = await admin.PostFormAsync("/admin/knowledge-base/bases/create", new() { ["Input.Name"] = "Hilfe", ["Input.Id"] = "hilfe-de", ["Input.Language"] = "de" });
        var created = await CreateArticleAsync(admin, "hilfe-de", "de", "umsatzsteuer", "Die Umsatzsteuererklärung abgeben", "Geben Sie die Umsatzsteuererklärung jedes Quartal auf der Seite Erklärungen ab.");

        // Neither Dutch (the visitor's) nor English (the chatflow's base) has an article in hilfe-de: its own language, German, has.
        var (statuses, language, article) = await AskDutchVisitorAsync(admin, "hilfe-bot", "Hilfe bot", "hilfe-de", "Umsatzsteuererklärung");

        Assert.All([knowledgeBase.StatusCode, created.StatusCode, .. statuses], s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal("nl", language);
        Assert.Equal(("umsatzsteuer", "/help/umsatzsteuer?lang=de"), article);
    }

    /// <summary>
    /// Creates an English knowledge-base chatflow on <paramref name="knowledgeBaseId"/> with a Dutch translation through the
    /// admin, switches it on, and asks it <paramref name="question"/> as a Dutch visitor: the first article card it shares.
    /// </summary>
    private async Task<(IReadOnlyList<HttpStatusCode> Statuses, string? Language, (string? Slug, string? Url) Article)> AskDutchVisitorAsync(
        AdminClient admin, string id, string name, string knowledgeBaseId, string question)
    {
        var created = await admin.PostFormAsync("/admin/chatflows/create", new()
        {
            ["Input.Binding"] = "Inbox", ["Input.Language"] = "en", ["Input.Name"] = name, ["Input.Template"] = "knowledge-base-support",
            ["Input.KnowledgeBaseSearch"] = "true", ["Input.KnowledgeBaseId"] = knowledgeBaseId,
        });
        var tab = await admin.Http.GetStringAsync($"/admin/chatflows/{id}/translations");
        var added = await admin.PostFormAsync($"/admin/chatflows/{id}/translations?handler=Add",
            new() { ["DraftVersion"] = Admin.Chatflows.ChatflowAdminFixture.DraftVersionOf(tab), ["language"] = "nl" }, formPage: $"/admin/chatflows/{id}/translations");
        var published = await admin.PostFormAsync($"/admin/chatflows/{id}/publish", [], formPage: $"/admin/chatflows/{id}");
        var on = await admin.PostFormAsync("/admin/chatflows?handler=Switch", new() { ["id"] = id, ["enabled"] = "true" }, formPage: "/admin/chatflows");
        var visitor = VisitorClient.For(_host);

        var start = await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = id, pageUrl = "http://localhost/pricing", language = "nl-NL" });
        var started = await VisitorClient.BodyAsync(start);
        visitor.VisitorId = started.GetProperty("visitorId").GetString();
        var (_, answer) = await visitor.SayAsync(started.GetProperty("conversationId").GetString()!, question);
        var articles = answer.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "articles");
        var first = articles.GetProperty("payload").GetProperty("articles")[0];
        return ([created.StatusCode, added.StatusCode, published.StatusCode, on.StatusCode], started.GetProperty("language").GetString(),
            (first.GetProperty("slug").GetString(), first.GetProperty("url").GetString()));
    }

    private async Task<(string? Chatflow, string? KnowledgeBaseId, string? Language)> HelpAsync(string lang)
    {
        var config = JsonDocument.Parse(await _host.CreateClient().GetStringAsync($"/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2Fpricing&lang={lang}")).RootElement;
        var chatflow = config.GetProperty("chatflow");
        var help = chatflow.GetProperty("help");
        return (chatflow.GetProperty("language").GetString(), help.GetProperty("knowledgeBaseId").GetString(), help.GetProperty("language").GetString());
    }

    private async Task<(HttpStatusCode Status, IReadOnlyList<string> Slugs)> SearchAsync(string q, string lang)
    {
        var response = await _host.CreateClient().GetAsync($"/chatflows/api/kb/search?q={Uri.EscapeDataString(q)}&lang={Uri.EscapeDataString(lang)}");
        var body = await VisitorClient.BodyAsync(response);
        return (response.StatusCode, response.IsSuccessStatusCode
            ? [.. body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!)]
            : []);
    }

    private static Task<HttpResponseMessage> CreateArticleAsync(AdminClient admin, string knowledgeBaseId, string language, string slug, string title, string body) =>
        admin.PostFormAsync("/admin/knowledge-base/articles/create", new()
        {
            ["Input.Title"] = title, ["Input.Slug"] = slug, ["Input.KnowledgeBaseId"] = knowledgeBaseId, ["Input.Language"] = language,
            ["Input.Category"] = "", ["Input.Tags"] = "", ["Input.Body"] = body, ["Input.Published"] = "true",
        });

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
