using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Widget;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// Issue 23, the widget's half, against the demo's Concierge as the recipe publishes it (English with a Dutch
/// translation and the Dutch help centre): the visitor's language among the chatflow's (data-lang or setLanguage, then
/// &lt;html lang&gt;, then the browser's, then the base), only that language's texts fetched, the chosen code sent when
/// the conversation starts, and the whole conversation — welcome, quick replies, knowledge-base answers — in it.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetLanguageTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_Dutch_page_gets_the_Dutch_welcome_quick_replies_and_knowledge_base_answer()
    {
        var (page, texts, starts) = await PageAsync("lang-nl", htmlLang: "nl");

        await page.GetByRole(AriaRole.Button, new() { Name = "Chat openen" }).ClickAsync();
        await Expect(Log(page).GetByText("Hoi daar, welkom! Ik help je graag op weg.")).ToBeVisibleAsync(Slow);
        await Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Een antwoord zoeken", Exact = true }).ClickAsync();
        await Expect(Log(page).GetByText("Prima!", new() { Exact = false })).ToBeVisibleAsync(Slow);
        var input = Dialog(page).GetByRole(AriaRole.Textbox, new() { Name = "Je bericht" });
        await input.FillAsync("btw-aangifte");
        await input.PressAsync("Enter");

        await Expect(Log(page).GetByText("Deze artikelen kunnen je verder helpen:")).ToBeVisibleAsync(Slow);
        var article = Log(page).GetByRole(AriaRole.Link, new() { Name = "Hoe doe ik mijn btw-aangifte?" });
        await Expect(article).ToBeVisibleAsync(Slow);
        Assert.EndsWith("/help/btw-aangifte-doen?lang=nl", await article.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Matches(@"/texts-nl\.[0-9a-f]{8}\.json$", Assert.Single(texts));
        Assert.Equal("nl", (string?)JsonNode.Parse(Assert.Single(starts))!["language"]);
    }

    [Fact]
    public async Task SetLanguage_en_switches_a_Dutch_page_to_English_before_the_chat_starts()
    {
        var (page, texts, starts) = await PageAsync("lang-switch", htmlLang: "nl");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chat openen" })).ToBeVisibleAsync(Slow);

        await page.EvaluateAsync("() => Chatflows.setLanguage('en')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync();

        await Expect(Log(page).GetByText("Hi there, welcome! I'm here to help you on your way.")).ToBeVisibleAsync(Slow);
        await Expect(Dialog(page).GetByRole(AriaRole.Button, new() { Name = "Find an answer", Exact = true })).ToBeVisibleAsync(Slow);
        await Expect(Dialog(page).GetByRole(AriaRole.Textbox, new() { Name = "Your message" })).ToBeVisibleAsync(Slow);
        Assert.Contains(texts, url => Regex.IsMatch(url, @"/texts-en\.[0-9a-f]{8}\.json$"));
        Assert.Equal("en", (string?)JsonNode.Parse(Assert.Single(starts))!["language"]);
    }

    [Fact]
    public async Task Data_lang_on_the_script_tag_wins_over_the_page_language()
    {
        var (page, texts, starts) = await PageAsync("lang-forced", htmlLang: "nl", dataLang: "en");

        await page.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync();

        await Expect(Log(page).GetByText("Hi there, welcome! I'm here to help you on your way.")).ToBeVisibleAsync(Slow);
        Assert.Matches(@"/texts-en\.[0-9a-f]{8}\.json$", Assert.Single(texts));
        Assert.Equal("en", (string?)JsonNode.Parse(Assert.Single(starts))!["language"]);
    }

    [Fact]
    public async Task A_page_language_the_chatflow_lacks_gives_way_to_the_base()
    {
        var (page, texts, _) = await PageAsync("lang-base", htmlLang: "ja");

        await page.GetByRole(AriaRole.Button, new() { Name = "Open chat" }).ClickAsync();

        await Expect(Dialog(page).GetByRole(AriaRole.Textbox, new() { Name = "Your message" })).ToBeVisibleAsync(Slow);
        await Expect(Log(page).GetByText("Hi there, welcome! I'm here to help you on your way.")).ToBeVisibleAsync(Slow);
        Assert.Matches(@"/texts-en\.[0-9a-f]{8}\.json$", Assert.Single(texts));
    }

    private static ILocator Dialog(IPage page) => page.GetByRole(AriaRole.Dialog);

    private static ILocator Log(IPage page) => Dialog(page).Locator(".cf-log");

    /// <summary>
    /// A page of the host's own site (the Concierge shows on every page but the privacy page) in
    /// <paramref name="htmlLang"/>, with the loader; the server's answers are the real ones.
    /// </summary>
    private async Task<(IPage Page, List<string> Texts, List<string> Starts)> PageAsync(string path, string htmlLang, string? dataLang = null)
    {
        var loader = fixture.Host.Services.GetRequiredService<WidgetAssets>().LoaderFile;
        var (page, _) = await fixture.NewPageAsync();
        List<string> texts = [];
        List<string> starts = [];
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/chatflows/widget/texts-", StringComparison.Ordinal)) texts.Add(request.Url);
            if (request.Method == "POST" && request.Url.EndsWith("/chatflows/api/conversations", StringComparison.Ordinal)) starts.Add(request.PostData ?? "");
        };
        var lang = dataLang is null ? "" : $" data-lang=\"{dataLang}\"";
        await page.RouteAsync(new Regex($"/{path}$"), route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $"""
                <!DOCTYPE html><html lang="{htmlLang}"><head><title>Page</title></head><body><main><h1>Page</h1></main>
                <script src="/chatflows/widget/{loader}"{lang}></script>
                </body></html>
                """,
        }));
        await page.GotoAsync($"/{path}");
        return (page, texts, starts);
    }
}
