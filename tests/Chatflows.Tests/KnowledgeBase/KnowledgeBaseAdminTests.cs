using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.KnowledgeBase;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.KnowledgeBase;

/// <summary>Editors manage the knowledge base in the admin (K1); every change is searchable at once.</summary>
public sealed partial class KnowledgeBaseAdminTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Editor_creates_an_article_with_a_slug_from_its_title_and_visitors_find_it_at_once()
    {
        var admin = await SignedInAsync();

        var response = await CreateArticleAsync(admin, "Zeppelin hangar rentals: é explained", published: true);
        var article = await FindAsync("zeppelin-hangar-rentals-e-explained");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/knowledge-base/articles/edit/{article!.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("invoices-quotes", article.CategorySlug);
        Assert.Contains("zeppelin-hangar-rentals-e-explained", await SearchAsync("zeppelin"));
    }

    [Fact]
    public async Task Article_changes_are_in_the_audit_log()
    {
        var admin = await SignedInAsync();

        await CreateArticleAsync(admin, "Audited article", slug: "audited-article");
        var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/audit"));

        Assert.Contains("changed the knowledge base", audit, StringComparison.Ordinal);
        Assert.Contains("Article 'Audited article' (en/audited-article) created.", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_address_is_refused_next_to_the_field()
    {
        var admin = await SignedInAsync();

        var response = await CreateArticleAsync(admin, "Anything", slug: "send-an-invoice");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Slug\"[^>]*>Another article in this knowledge base and language already has this address", html);
    }

    [Fact]
    public async Task Second_editor_sees_a_conflict_and_the_first_editors_save_stands()
    {
        var (first, second) = (await SignedInAsync(), await SignedInAsync());
        var article = (await FindAsync("send-an-invoice"))!;
        var path = $"/admin/knowledge-base/articles/edit/{article.Id}";
        var (firstForm, secondForm) = (await first.Http.GetStringAsync(path), await second.Http.GetStringAsync(path));

        var saved = await PostEditAsync(first, path, firstForm, "Invoices, the first editor's way");
        var conflict = await PostEditAsync(second, path, secondForm, "Invoices, the second editor's way");
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("Someone else saved this article while you were editing it.", html, StringComparison.Ordinal);
        Assert.Contains("Invoices, the second editor&#x27;s way", html, StringComparison.Ordinal);
        Assert.Equal("Invoices, the first editor's way", (await FindAsync("send-an-invoice"))!.Title);
    }

    [Fact]
    public async Task Second_editor_may_replace_the_other_version_only_by_saying_so()
    {
        var (first, second) = (await SignedInAsync(), await SignedInAsync());
        var article = (await FindAsync("send-an-invoice"))!;
        var path = $"/admin/knowledge-base/articles/edit/{article.Id}";
        var secondForm = await second.Http.GetStringAsync(path);
        await PostEditAsync(first, path, await first.Http.GetStringAsync(path), "First");
        var conflict = await (await PostEditAsync(second, path, secondForm, "Second")).Content.ReadAsStringAsync();

        var replaced = await PostEditAsync(second, path, conflict, "Second", overwrite: Overwrite().Match(conflict).Groups[1].Value);

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal("Second", (await FindAsync("send-an-invoice"))!.Title);
    }

    [Fact]
    public async Task Unpublishing_and_deleting_take_the_article_out_of_search()
    {
        var admin = await SignedInAsync();
        var id = (await FindAsync("send-an-invoice"))!.Id;
        Assert.Contains("send-an-invoice", await SearchAsync("invoice"));

        await admin.PostFormAsync($"/admin/knowledge-base?handler=Publish&id={id}&published=false", [], formPage: "/admin/knowledge-base");
        var afterUnpublish = await SearchAsync("invoice");
        var drafts = await admin.Http.GetStringAsync("/admin/knowledge-base?status=draft");
        await admin.PostFormAsync($"/admin/knowledge-base?handler=Publish&id={id}&published=true", [], formPage: "/admin/knowledge-base");
        var afterPublish = await SearchAsync("invoice");
        var deleted = await admin.PostFormAsync($"/admin/knowledge-base/articles/delete/{id}", []);

        Assert.DoesNotContain("send-an-invoice", afterUnpublish);
        Assert.Contains("/send-an-invoice", drafts, StringComparison.Ordinal);
        Assert.Contains("send-an-invoice", afterPublish);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("send-an-invoice", await SearchAsync("invoice"));
        Assert.Null(await FindAsync("send-an-invoice"));
    }

    [Fact]
    public async Task List_filters_by_status_and_search_words()
    {
        var admin = await SignedInAsync();
        await CreateArticleAsync(admin, "Quokka draft about hedgehogs", published: false);

        var drafts = await admin.Http.GetStringAsync("/admin/knowledge-base?status=draft");
        var searched = await admin.Http.GetStringAsync("/admin/knowledge-base?q=QUOKKA");
        var published = await admin.Http.GetStringAsync("/admin/knowledge-base?status=published&q=quokka");

        Assert.Contains("Quokka draft about hedgehogs", drafts, StringComparison.Ordinal);
        Assert.DoesNotContain("send-an-invoice", drafts, StringComparison.Ordinal);
        Assert.Contains("Quokka draft about hedgehogs", searched, StringComparison.Ordinal);
        Assert.Contains("1 article(s) match", searched, StringComparison.Ordinal);
        Assert.DoesNotContain("Quokka draft", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_is_sanitised_html_and_an_oversized_body_is_a_problem()
    {
        var admin = await SignedInAsync();
        var form = await admin.Http.GetStringAsync("/admin/knowledge-base/articles/create");
        var token = Antiforgery.TokenOf(form);

        var ok = await admin.Http.PostAsync("/admin/knowledge-base/articles/create?handler=Render", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["body"] = "## Hello\n\n<script>alert(1)</script> [x](javascript:alert(1)) **bold**", ["__RequestVerificationToken"] = token,
        }));
        var html = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("html").GetString()!;
        var tooLong = await admin.Http.PostAsync("/admin/knowledge-base/articles/create?handler=Render", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["body"] = new string('x', 100_001), ["__RequestVerificationToken"] = token,
        }));

        var preview = HtmlPage.Parse(html);
        Assert.NotEmpty(preview.Texts("h3"));
        Assert.Contains("bold", preview.Texts("strong"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Knowledge_base_created_from_a_chatflow_returns_there_with_its_id()
    {
        var admin = await SignedInAsync();

        var back = await admin.PostFormAsync("/admin/knowledge-base/bases/create", new()
        {
            ["Input.Name"] = "Partner Help", ["Input.Language"] = "nl", ["ReturnUrl"] = "/admin/chatflows/edit/concierge?tab=settings",
        });
        var offsite = await admin.PostFormAsync("/admin/knowledge-base/bases/create", new()
        {
            ["Input.Name"] = "Evil", ["Input.Id"] = "evil", ["Input.Language"] = "en", ["ReturnUrl"] = "https://evil.example/",
        });
        var duplicate = await admin.PostFormAsync("/admin/knowledge-base/bases/create", new() { ["Input.Name"] = "Partner Help", ["Input.Language"] = "en" });

        Assert.Equal("/admin/chatflows/edit/concierge?tab=settings&createdKnowledgeBase=partner-help", back.Headers.Location?.OriginalString);
        Assert.Equal("/admin/knowledge-base/bases/edit/evil", offsite.Headers.Location?.OriginalString);
        Assert.Contains("There already is a knowledge base with the id", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nl", (await _host.InScopeAsync(s => s.GetRequiredService<KnowledgeBases>().FindAsync("partner-help", default)))!.Language);
    }

    [Fact]
    public async Task Categories_are_added_renamed_into_search_results_and_deleted_only_when_empty()
    {
        var admin = await SignedInAsync();
        const string page = "/admin/knowledge-base/bases/edit/ledgerly-en";
        var vat = await CategoryIdAsync("vat-taxes");

        await admin.PostFormAsync($"{page}?handler=AddCategory", new() { ["categoryName"] = "Payroll & staff" }, formPage: page);
        await admin.PostFormAsync($"{page}?handler=RenameCategory", new() { ["categoryId"] = $"{vat}", ["name"] = "Tax matters" }, formPage: page);
        var refused = await admin.PostFormAsync($"{page}?handler=DeleteCategory", new() { ["categoryId"] = $"{vat}" }, formPage: page);
        var payroll = await CategoryIdAsync("payroll-staff");
        var deleted = await admin.PostFormAsync($"{page}?handler=DeleteCategory", new() { ["categoryId"] = $"{payroll}" }, formPage: page);
        var search = await VisitorClient.BodyAsync(await _host.CreateClient().GetAsync("/chatflows/api/kb/search?q=VAT%20return&lang=en&kb=ledgerly-en"));

        Assert.NotEqual(0, payroll);
        Assert.Contains("still has", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await CategoryIdAsync("payroll-staff"));
        Assert.Equal("Tax matters", search.GetProperty("results")[0].GetProperty("category").GetString());
    }

    [Fact]
    public async Task Categories_move_up_and_down()
    {
        var admin = await SignedInAsync();
        const string page = "/admin/knowledge-base/bases/edit/ledgerly-en";
        var vat = await CategoryIdAsync("vat-taxes");

        await admin.PostFormAsync($"{page}?handler=MoveCategory", new() { ["categoryId"] = $"{vat}", ["step"] = "-1" }, formPage: page);
        var order = await _host.InScopeAsync(async s => (await s.GetRequiredService<KnowledgeCategories>().ListAsync("ledgerly-en", default)).Select(c => c.Slug).ToList());

        Assert.Equal("vat-taxes", order[0]);
        Assert.Equal("invoices-quotes", order[1]);
    }

    [Fact]
    public async Task Agent_without_the_permission_is_refused_pages_and_posts()
    {
        var admin = await SignedInAsync();
        await admin.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = "agent@chatflows.test", ["Input.DisplayName"] = "Agent", ["Input.Roles"] = "Agent",
            ["Input.ChatCapacity"] = "3", ["Input.Password"] = "Agent-Passw0rd!",
        });
        var agent = AdminClient.For(_host);
        await agent.SignInAsync("agent@chatflows.test", "Agent-Passw0rd!");
        var id = (await FindAsync("send-an-invoice"))!.Id;

        var list = await agent.Http.GetAsync("/admin/knowledge-base");
        var delete = await agent.Http.PostAsync($"/admin/knowledge-base/articles/delete/{id}", new FormUrlEncodedContent([]));
        var dashboard = await agent.Http.GetStringAsync("/admin");

        Assert.StartsWith("/admin/account/access-denied", list.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", delete.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.NotNull(await FindAsync("send-an-invoice"));
        Assert.DoesNotContain("href=\"/admin/knowledge-base\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_titles_are_shown_as_text()
    {
        var admin = await SignedInAsync();

        await CreateArticleAsync(admin, "<img src=x onerror=alert(1)>", slug: "hostile");
        var list = await admin.Http.GetStringAsync("/admin/knowledge-base");

        Assert.DoesNotContain("<img src=x", list, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", list, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> CreateArticleAsync(AdminClient admin, string title, string? slug = null, bool published = true) =>
        admin.PostFormAsync("/admin/knowledge-base/articles/create", new()
        {
            ["Input.Title"] = title, ["Input.Slug"] = slug ?? "", ["Input.KnowledgeBaseId"] = "ledgerly-en", ["Input.Language"] = "en",
            ["Input.Category"] = "invoices-quotes", ["Input.Tags"] = "alpha, beta", ["Input.Body"] = "Zeppelins park in **hangars**.",
            ["Input.Published"] = published ? "true" : "false",
        });

    // Posts the edit form back with the fields as the page rendered them, as a browser would.
    private static Task<HttpResponseMessage> PostEditAsync(AdminClient editor, string path, string form, string title, string? overwrite = null)
    {
        Dictionary<string, string> fields = new()
        {
            ["Input.Title"] = title, ["Input.Slug"] = "send-an-invoice", ["Input.KnowledgeBaseId"] = "ledgerly-en", ["Input.Language"] = "en",
            ["Input.Category"] = "invoices-quotes", ["Input.Tags"] = "invoice", ["Input.Body"] = "Body", ["Input.Published"] = "true",
            ["Input.Version"] = Version().Match(form).Groups[1].Value,
            ["__RequestVerificationToken"] = Antiforgery.TokenOf(form),
        };
        if (overwrite is not null)
        {
            fields["overwrite"] = overwrite;
        }

        return editor.Http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private Task<ArticleDetails?> FindAsync(string slug) => _host.InScopeAsync(async s =>
    {
        var articles = s.GetRequiredService<KnowledgeArticles>();
        return await articles.FindAsync("ledgerly-en", "en", slug, default) is { } found ? await articles.GetAsync(found.Id, default) : null;
    });

    private Task<long> CategoryIdAsync(string slug) => _host.InScopeAsync(async s =>
        (await s.GetRequiredService<KnowledgeCategories>().ListAsync("ledgerly-en", default)).FirstOrDefault(c => c.Slug == slug)?.Id ?? 0);

    private async Task<IReadOnlyList<string>> SearchAsync(string q)
    {
        var body = await VisitorClient.BodyAsync(await _host.CreateClient().GetAsync($"/chatflows/api/kb/search?q={q}&lang=en&kb=ledgerly-en"));
        return [.. body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()!)];
    }

    private async Task<AdminClient> SignedInAsync()
    {
        var client = AdminClient.For(_host);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword)).StatusCode);
        return client;
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();


    [GeneratedRegex("id=\"Input_Version\" name=\"Input.Version\" value=\"([^\"]+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("name=\"overwrite\" value=\"([^\"]+)\"")]
    private static partial Regex Overwrite();
}
