using System.Text.Json;
using Microsoft.Playwright;

namespace Chatflows.Browser.Tests.Infrastructure;

/// <summary>
/// WCAG 2.2 A/AA checks with axe-core (npm), injected into the page under test. Violations are
/// reported with their rule, impact and the offending nodes, so a failure says what to fix.
/// </summary>
public static class Axe
{
    private static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "tools", "axe.min.js");

    /// <summary>Runs axe on the page (or on <paramref name="selector"/>, e.g. the widget host) and fails on any violation.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string? selector = null)
    {
        var violations = await ViolationsAsync(page, selector);
        Assert.True(violations.Count == 0, "axe-core violations:\n" + string.Join("\n", violations));
    }

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string? selector = null)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated through the DevTools protocol rather than added as a script tag, which the pages'
            // strict CSP (script-src 'self', no inline) would rightly refuse.
            await page.EvaluateAsync(await File.ReadAllTextAsync(ScriptPath) + "\n;true");
        }

        var json = await page.EvaluateAsync<string>(
            """
            async (selector) => {
              const context = selector ? { include: [selector] } : document;
              const result = await axe.run(context, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
              });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary),
              })));
            }
            """, selector);
        var violations = JsonSerializer.Deserialize<List<Violation>>(json, JsonSerializerOptions.Web) ?? [];
        return [.. violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes))];
    }

    private sealed record Violation(string Id, string? Impact, string Help, List<string> Nodes);
}
