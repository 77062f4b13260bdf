using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>
/// Chatflows of their own for display and consent tests: each answers only on <c>/pricing?variant=…</c>
/// with its own value and wins there (priority 0), so tests sharing the host never see each other's bot.
/// </summary>
internal static class WidgetTestFlows
{
    public const string Welcome = "Hello from the test bot!";
    public const string Question = "What is your name?";

    public static async Task<string> PublishAsync(
        ChatflowsFactory host, string variant, DisplaySettings? display = null, ConsentSettings? consent = null, string welcome = Welcome, string question = Question)
    {
        var flow = Flow($"test-{variant}", welcome,
            Action("ask", "askQuestion", new { text = question }, "bye"),
            Action("bye", "sendMessage", new { text = "Thanks, bye." })) with
        {
            WelcomeQuickReplies = [new QuickReply("Pricing")],
            Display = display ?? new(),
            Consent = consent ?? new() { CookieConsent = new() { Enabled = false }, DataProcessing = new() { Enabled = false } },
            Targeting = new TargetingRules
            {
                Groups = [new FilterGroup { Rules = [new TargetRule { Kind = TargetRuleKind.QueryParameter, Name = "variant", Operator = TargetOperator.Is, Value = variant }] }],
            },
        };
        await PublishFirstAsync(host, flow);
        return $"/pricing?variant={variant}";
    }
}
