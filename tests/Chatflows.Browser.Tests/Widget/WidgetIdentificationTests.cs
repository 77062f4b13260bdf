using System.Text.RegularExpressions;
using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Storage;
using Chatflows.Visitors.Identification;
using Chatflows.Widget;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Chatflows.Tests.Infrastructure.FlowBuilding;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>A visitor the site identified (O10) gets the chatflow targeted at them at page load, and no cookie question.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class WidgetIdentificationTests(BrowserFixture fixture)
{
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 15_000 };

    [Fact]
    public async Task An_identified_visitor_gets_the_chatflow_targeted_at_known_contacts_without_a_cookie_banner()
    {
        // Cookie consent "before chat" is on (the default): an anonymous visitor would be asked first.
        var flow = Flow("test-members", "Welcome back, {{ contact.firstname }}!",
            Action("ask", "askQuestion", new { text = "What shall we look at?" }, "bye"),
            Action("bye", "sendMessage", new { text = "Thanks, bye." })) with
        {
            Consent = new ConsentSettings { DataProcessing = new() { Enabled = false } },
            Targeting = new TargetingRules
            {
                Groups =
                [
                    new FilterGroup
                    {
                        Rules =
                        [
                            new TargetRule { Kind = TargetRuleKind.QueryParameter, Name = "variant", Operator = TargetOperator.Is, Value = "members" },
                            new TargetRule { Kind = TargetRuleKind.Visitor, Operator = TargetOperator.IsKnown },
                            new TargetRule { Kind = TargetRuleKind.ContactProperty, Name = "externalid", Operator = TargetOperator.StartsWith, Value = "cust-" },
                        ],
                    },
                ],
            },
        };
        await PublishFirstAsync(fixture.Host, flow);
        var assets = fixture.Host.Services.GetRequiredService<WidgetAssets>();
        var token = IdentityTokens.Create(BrowserFixture.IdentitySecret,
            new VisitorIdentity("lena.member@example.com", "Lena Vos", "cust-19", DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()));
        var (page, consoleErrors) = await fixture.NewPageAsync();
        var widget = new ChatWidget(page);
        await page.RouteAsync(new Regex("/members-page"), route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $$"""
                <!DOCTYPE html><html lang="en"><head><title>Members</title></head><body><h1>Your account</h1>
                <script src="/chatflows/widget/{{assets.LoaderFile}}"></script>
                <script>Chatflows.identify('{{token}}');</script>
                </body></html>
                """,
        }));

        await page.GotoAsync("/members-page?variant=members");
        await widget.Launcher.ClickAsync();

        await Expect(widget.Text("Welcome back, Lena!")).ToBeVisibleAsync(Slow);
        await Expect(widget.Text("What shall we look at?")).ToBeVisibleAsync(Slow);
        await Expect(widget.Panel.GetByText("We'd like to use a cookie")).ToHaveCountAsync(0);
        await Expect(widget.Panel.GetByRole(AriaRole.Button, new() { Name = "Allow" })).ToHaveCountAsync(0);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "chatflows_vid");
        var email = await fixture.Host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<ChatflowsDbContext>();
            var conversation = await db.Conversations.AsNoTracking().SingleAsync(c => c.ChatflowId == "test-members");
            return await db.Contacts.AsNoTracking().Where(c => c.Id == conversation.ContactId).Select(c => c.Email).SingleOrDefaultAsync();
        });
        Assert.Equal("lena.member@example.com", email);
        Assert.Empty(consoleErrors);
    }
}
