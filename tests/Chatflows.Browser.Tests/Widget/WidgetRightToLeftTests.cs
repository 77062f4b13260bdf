using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Admin;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Targeting;
using Chatflows.Widget;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>Issue 23 item 5: an Arabic chatflow mirrors the widget, and each message takes its own text's direction.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetRightToLeftTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_Arabic_chatflow_mirrors_the_widget_shows_mixed_text_each_its_own_way_and_has_no_axe_violations()
    {
        await PublishFirstAsync(fixture.Host, Flow("test-arabic", "مرحبًا! كيف يمكنني مساعدتك؟", Action("ask", "askQuestion", new { text = "ما اسمك؟" }, "bye"),
            Action("bye", "sendMessage", new { text = "شكرًا لك!" })) with
        {
            Language = "ar",
            Consent = new() { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } },
            Targeting = new TargetingRules
            {
                Groups = [new FilterGroup { Rules = [new TargetRule { Kind = TargetRuleKind.QueryParameter, Name = "variant", Operator = TargetOperator.Is, Value = "arabic" }] }],
            },
        });
        var loader = fixture.Host.Services.GetRequiredService<WidgetAssets>().LoaderFile;
        var (page, consoleErrors) = await fixture.NewPageAsync();
        await page.RouteAsync(new Regex("/arabic-page"), route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $"""
                <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>متجر</title></head><body><main><h1>متجر</h1><p>مرحبًا بك في متجرنا.</p></main>
                <script src="/chatflows/widget/{loader}"></script>
                </body></html>
                """,
        }));
        await page.GotoAsync("/arabic-page?variant=arabic");
        var launcher = page.GetByRole(AriaRole.Button, new() { Name = "فتح المحادثة" });

        await launcher.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        var input = dialog.GetByRole(AriaRole.Textbox, new() { Name = "رسالتك" });
        await Expect(dialog.Locator(".cf-log").GetByText("ما اسمك؟")).ToBeVisibleAsync(Slow);
        await input.FillAsync("Noor from Amsterdam");
        await input.PressAsync("Enter");
        await Expect(dialog.Locator(".cf-log").GetByText("شكرًا لك!")).ToBeVisibleAsync(Slow);

        var launcherBox = (await launcher.BoundingBoxAsync())!;
        var panelBox = (await dialog.BoundingBoxAsync())!;
        Assert.True(launcherBox.X + launcherBox.Width < 640, $"The launcher is at x = {launcherBox.X}, not on the left.");
        Assert.True(panelBox.X < 640 - panelBox.Width / 2, $"The panel is at x = {panelBox.X}, not on the left.");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => document.querySelector('chatflows-widget').dir"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('chatflows-widget').shadowRoot.querySelector('.cf-panel')).direction"));
        Assert.Equal("auto:ltr", await Direction(dialog.Locator(".cf-visitor").Last));
        Assert.Equal("auto:rtl", await Direction(dialog.Locator(".cf-bot").Last));
        Assert.Equal("matrix(-1, 0, 0, 1, 0, 0)", await dialog.Locator(".cf-send svg").EvaluateAsync<string>("svg => getComputedStyle(svg).transform"));
        await Axe.AssertNoViolationsAsync(page);
        Assert.Empty(consoleErrors);
        await AdminPages.ScreenshotAsync(page, "widget-arabic.png");
    }

    // "auto:ltr": the bubble leaves its direction to its own text, and that text is left to right.
    private static Task<string> Direction(ILocator bubble) =>
        bubble.EvaluateAsync<string>("node => node.getAttribute('dir') + ':' + getComputedStyle(node).direction");
}
