using Chatflows.Browser.Tests.Infrastructure;

namespace Chatflows.Browser.Tests.Widget;

[Collection(BrowserTestGroup.Name)]
public sealed class WidgetAccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Closed_launcher_has_no_axe_violations()
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await new ChatWidget(page).Launcher.WaitForAsync();

        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_check_itself_reports_an_unlabelled_button()
    {
        var (page, _) = await fixture.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=en><title>t</title><main><button></button></main></html>");

        var violations = await Axe.ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("button-name", StringComparison.Ordinal));
    }
}
