using Microsoft.Playwright;

namespace Chatflows.Browser.Tests.Widget;

/// <summary>The demo's chat widget as a visitor perceives it: roles and names, reached through the shadow roots.</summary>
internal sealed class ChatWidget(IPage page)
{
    public ILocator Launcher => page.GetByRole(AriaRole.Button, new() { Name = "Open chat" });

    public ILocator Panel => page.GetByRole(AriaRole.Dialog, new() { Name = "Ledgerly" });

    public ILocator Input => Panel.GetByRole(AriaRole.Textbox, new() { Name = "Your message" });

    public ILocator Choice(string label) => Panel.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>Text in the conversation itself (the live region repeats the bot's last words for screen readers).</summary>
    public ILocator Text(string text) => Panel.Locator(".cf-log").GetByText(text);

    /// <summary>What has keyboard focus, looking inside shadow roots: its accessible label or its text.</summary>
    public Task<string> FocusedAsync() => page.EvaluateAsync<string>("""
        () => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active ? (active.getAttribute('aria-label') || active.textContent || active.tagName).trim() : '';
        }
        """);

    /// <summary>Presses Tab (or Shift+Tab) until the element named <paramref name="name"/> has focus.</summary>
    public async Task TabToAsync(string name, bool backwards = false, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            if (await FocusedAsync() == name)
            {
                return;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"'{name}' never got keyboard focus; focus ended on '{await FocusedAsync()}'.");
    }
}
