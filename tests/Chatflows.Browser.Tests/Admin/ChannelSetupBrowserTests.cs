using Chatflows.Browser.Tests.Infrastructure;
using Chatflows.Channel;
using Chatflows.Core.Channel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using static Microsoft.Playwright.Assertions;

namespace Chatflows.Browser.Tests.Admin;

/// <summary>The channel page's office-hours ranges, avatar upload and embedding origins, in a real browser.</summary>
[Collection(EditorStoryBrowserGroup.Name)]
public sealed class ChannelSetupBrowserTests(BrowserFixture fixture)
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Editor_adds_and_removes_office_hour_ranges_with_the_buttons_and_saves_the_ones_left()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsync(page, "/admin/channel");
        var sunday = page.GetByRole(AriaRole.Group, new() { Name = "Sunday", Exact = true });
        while (await sunday.GetByRole(AriaRole.Button, new() { Name = "Remove Sunday range 1" }).CountAsync() > 0)
        {
            await sunday.GetByRole(AriaRole.Button, new() { Name = "Remove Sunday range 1" }).ClickAsync();
        }

        await Expect(sunday.GetByText("Closed")).ToBeVisibleAsync();
        var add = sunday.GetByRole(AriaRole.Button, new() { Name = "Add a range on Sunday" });
        await add.ClickAsync();
        await Expect(page.GetByLabel("Sunday range 1 from")).ToBeFocusedAsync();
        await page.GetByLabel("Sunday range 1 from").FillAsync("08:00");
        await page.GetByLabel("Sunday range 1 until").FillAsync("09:00");
        await add.ClickAsync();
        await page.GetByLabel("Sunday range 2 from").FillAsync("10:00");
        await page.GetByLabel("Sunday range 2 until").FillAsync("12:00");
        await add.ClickAsync();
        await page.GetByLabel("Sunday range 3 from").FillAsync("13:00");
        await page.GetByLabel("Sunday range 3 until").FillAsync("16:30");
        await Axe.AssertNoViolationsAsync(page);
        await AdminPages.ScreenshotAsync(page.Locator("#cf-office-hours"), "channel-office-hours.png");
        await sunday.GetByRole(AriaRole.Button, new() { Name = "Remove Sunday range 1" }).ClickAsync();
        await Expect(add).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Sunday range 1 from")).ToHaveValueAsync("10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save channel" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Chat channel saved.");
        var settings = await SettingsAsync();
        Assert.Equal(
            [(new LocalTime(10, 0), new LocalTime(12, 0)), (new LocalTime(13, 0), new LocalTime(16, 30))],
            settings.Availability.OfficeHours.RangesOn(IsoDayOfWeek.Sunday).Select(r => (r.Start, r.End)));
        await Expect(page.GetByLabel("Sunday range 2 until")).ToHaveValueAsync("16:30");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task Editor_uploads_an_avatar_with_the_file_picker_and_sees_the_sites_allowed_to_embed()
    {
        var (page, consoleErrors) = await fixture.NewPageAsync(new ViewportSize { Width = 1400, Height = 900 });
        await AdminPages.SignInAsync(page, "/admin/channel");

        await page.GetByLabel("Image file").SetInputFilesAsync(new FilePayload { Name = "avatar.txt", MimeType = "text/plain", Buffer = "not an image"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload avatar" }).ClickAsync();
        await Expect(page.Locator("#avatar-error")).Not.ToBeEmptyAsync();
        await page.GetByLabel("Image file").SetInputFilesAsync(new FilePayload { Name = "avatar.png", MimeType = "image/png", Buffer = Png });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload avatar" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Avatar uploaded.");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Current avatar" })).ToBeVisibleAsync();
        Assert.Matches("^/chatflows/channel/avatar/[0-9a-f]{32}\\.png$", (await SettingsAsync()).AvatarUrl);
        var origins = page.GetByRole(AriaRole.List, new() { Name = "Sites allowed to embed it" });
        await Expect(origins.GetByRole(AriaRole.Listitem)).ToHaveTextAsync([fixture.OtherSite.Origin.GetLeftPart(UriPartial.Authority)]);
        await Axe.AssertNoViolationsAsync(page);
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    private Task<ChannelSettings> SettingsAsync() =>
        fixture.Host.InScopeAsync(async s => (await s.GetRequiredService<ChannelSettingsStore>().GetAsync(default)).Settings);
}
