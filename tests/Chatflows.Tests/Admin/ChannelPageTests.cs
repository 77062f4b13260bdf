using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Chatflows.Channel;
using Chatflows.Core.Availability;
using Chatflows.Core.Channel;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Chatflows.Tests.Admin;

public sealed partial class ChannelPageTests : IAsyncLifetime
{
    private const string Url = "/admin/channel";
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Administrator_saves_look_and_office_hours_with_two_ranges_a_day()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.AccentColor"] = "#8a1c7c";
        fields["Input.HeadingName"] = "Ledgerly support";
        fields["Input.Mode"] = "OfficeHours";
        fields["Input.TimeZone"] = "Europe/London";
        fields["Input.Hours[0][0].Start"] = "08:00";
        fields["Input.Hours[0][0].End"] = "12:00";
        fields["Input.Hours[0][1].Start"] = "13:00";
        fields["Input.Hours[0][1].End"] = "17:00";
        fields["Input.Holidays"] = "2026-12-25\n2026-12-26";

        var response = await PostAsync(admin, "Save", fields);
        var settings = await SettingsAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("#8a1c7c", settings.AccentColor);
        Assert.Equal("Ledgerly support", settings.HeadingName);
        Assert.Equal(AvailabilityMode.OfficeHours, settings.Availability.Mode);
        Assert.Equal("Europe/London", settings.TimeZone);
        Assert.Equal([new TimeRange(new LocalTime(8, 0), new LocalTime(12, 0)), new TimeRange(new LocalTime(13, 0), new LocalTime(17, 0))],
            settings.Availability.OfficeHours.RangesOn(IsoDayOfWeek.Monday));
        Assert.Equal(2, settings.Availability.OfficeHours.Holidays.Count);
    }

    [Fact]
    public async Task Saving_the_channel_is_in_the_audit_log()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.HeadingName"] = "Audited heading";

        await PostAsync(admin, "Save", fields);
        var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/audit"));

        Assert.Contains("Chat channel", audit, StringComparison.Ordinal);
        Assert.Contains("Heading Audited heading.", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_values_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.AccentColor"] = "red";
        fields["Input.TimeZone"] = "Mars/Olympus";
        fields["Input.Hours[1][0].Start"] = "09:00";
        fields["Input.Hours[1][0].End"] = "";

        var response = await PostAsync(admin, "Save", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tuesday: give both times", html, StringComparison.Ordinal);
        Assert.Equal("#0f766e", (await SettingsAsync()).AccentColor); // the demo recipe's colour
    }

    [Fact]
    public async Task Overlapping_ranges_and_an_invalid_colour_are_refused_by_the_settings_rules()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.AccentColor"] = "red";
        fields["Input.Hours[0][1].Start"] = "10:00";
        fields["Input.Hours[0][1].End"] = "11:00";

        var html = await (await PostAsync(admin, "Save", fields)).Content.ReadAsStringAsync();

        Assert.Contains("Use a colour like #2f6feb.", html, StringComparison.Ordinal);
        Assert.Contains("overlaps", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Low_contrast_accent_is_warned_about()
    {
        await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            Assert.True((await store.SaveAsync((await store.GetAsync(default)).Settings with { AccentColor = "#ffee88" }, null, default)).Succeeded);
        });
        var admin = await AdminUsers.AdministratorAsync(_host);

        var html = await admin.Http.GetStringAsync(Url);

        Assert.Contains("Low contrast: 1.2:1 against a white page", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_against_an_old_version_is_a_conflict()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        await _host.InScopeAsync(async s =>
        {
            var store = s.GetRequiredService<ChannelSettingsStore>();
            Assert.True((await store.SaveAsync((await store.GetAsync(default)).Settings with { HeadingName = "Theirs" }, null, default)).Succeeded);
        });
        fields["Input.HeadingName"] = "Mine";

        var html = await (await PostAsync(admin, "Save", fields)).Content.ReadAsStringAsync();

        Assert.Contains("Someone else saved the channel since you opened it.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mine\"", html, StringComparison.Ordinal);
        Assert.Equal("Theirs", (await SettingsAsync()).HeadingName);
    }

    [Fact]
    public async Task Png_avatar_is_stored_and_served_under_a_fingerprinted_url_with_a_long_cache()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);

        var response = await UploadAsync(admin, Png, "avatar.png", "image/png");
        var url = (await SettingsAsync()).AvatarUrl;
        var served = await _host.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches("^/chatflows/channel/avatar/[0-9a-f]{32}\\.png$", url);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Svg_avatar_is_refused_even_when_it_claims_to_be_a_png()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

        var asSvg = await UploadAsync(admin, svg, "avatar.svg", "image/svg+xml");
        var disguised = await UploadAsync(admin, svg, "avatar.png", "image/png");

        Assert.Equal(HttpStatusCode.OK, asSvg.StatusCode);
        Assert.Contains("SVG included, are not accepted", await asSvg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("SVG included, are not accepted", await disguised.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/chatflows/assets/icon.svg", (await SettingsAsync()).AvatarUrl); // the demo recipe's, unchanged
    }

    [Fact]
    public async Task Avatar_over_512_kb_is_refused()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var big = new byte[AvatarImage.MaxBytes + 1];
        Png.CopyTo(big, 0);

        var response = await UploadAsync(admin, big, "big.png", "image/png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("an avatar can be at most 512 KB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/chatflows/assets/icon.svg", (await SettingsAsync()).AvatarUrl); // the demo recipe's, unchanged
    }

    [Fact]
    public async Task Editor_and_agent_are_refused_the_channel_page_and_its_posts()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields["Input.HeadingName"] = "Hijacked";
        var editor = await AdminUsers.InRoleAsync(_host, Roles.Editor);
        var agent = await AdminUsers.InRoleAsync(_host, Roles.Agent);

        var editorPage = await editor.Http.GetAsync(Url);
        var agentPage = await agent.Http.GetAsync(Url);
        var agentPost = await agent.Http.PostAsync($"{Url}?handler=Save", new FormUrlEncodedContent(fields));
        var denied = await agent.Http.GetAsync(agentPage.Headers.Location);
        var nav = await editor.Http.GetStringAsync("/admin");

        Assert.StartsWith("/admin/account/access-denied", editorPage.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", agentPage.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", agentPost.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain("href=\"/admin/channel\"", nav, StringComparison.Ordinal);
        Assert.NotEqual("Hijacked", (await SettingsAsync()).HeadingName);
    }

    [Fact]
    public async Task Posts_without_antiforgery_token_are_refused()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);
        var fields = await FieldsAsync(admin);
        fields.Remove("__RequestVerificationToken");
        using var upload = new MultipartFormDataContent { { new StringContent(fields["Version"]), "Version" }, { new ByteArrayContent(Png), "Avatar", "a.png" } };

        var save = await admin.Http.PostAsync($"{Url}?handler=Save", new FormUrlEncodedContent(fields));
        var avatar = await admin.Http.PostAsync($"{Url}?handler=Avatar", upload);

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, avatar.StatusCode);
    }

    [Fact]
    public async Task Page_shows_the_embed_snippet_for_this_site()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);

        var html = await admin.Http.GetStringAsync(Url);

        Assert.Contains("&lt;script async src=&quot;http://localhost/chatflows/embed.js&quot;&gt;&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_says_no_other_site_may_embed_when_no_origin_is_configured()
    {
        var admin = await AdminUsers.AdministratorAsync(_host);

        var html = await admin.Http.GetStringAsync(Url);

        Assert.Contains("None yet: only this site's own pages show the widget.", html, StringComparison.Ordinal);
        Assert.Contains("Chatflows:Widget:AllowedOrigins", HtmlPage.Parse(html).Texts("code"));
    }

    private async Task<ChannelSettings> SettingsAsync() =>
        await _host.InScopeAsync(async s => (await s.GetRequiredService<ChannelSettingsStore>().GetAsync(default)).Settings);

    private static async Task<Dictionary<string, string>> FieldsAsync(AdminClient client)
    {
        var html = await client.Http.GetStringAsync(Url);
        var settings = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery.TokenOf(html),
            ["Version"] = VersionInput().Match(html).Groups[1].Value,
            ["Input.AccentColor"] = "#2f6feb",
            ["Input.HeadingName"] = "Chat",
            ["Input.WelcomeMessage"] = "Hi!",
            ["Input.TimeZone"] = "Europe/Amsterdam",
            ["Input.Mode"] = "AlwaysOn",
            ["Input.TypicalResponseTime"] = "FewMinutes",
            ["Input.AwayMessage"] = "Away",
            ["Input.OfflineBehavior"] = "ShowBackTime",
            ["Input.OfflineMessage"] = "Offline",
            ["Input.CapacityBehavior"] = "ShowWaitMessage",
            ["Input.WaitMessage"] = "Wait",
            ["Input.Hours[0][0].Start"] = "09:00",
            ["Input.Hours[0][0].End"] = "17:30",
        };
        return settings;
    }

    private static Task<HttpResponseMessage> PostAsync(AdminClient client, string handler, Dictionary<string, string> fields) =>
        client.Http.PostAsync($"{Url}?handler={handler}", new FormUrlEncodedContent(fields));

    private static async Task<HttpResponseMessage> UploadAsync(AdminClient client, byte[] content, string fileName, string contentType)
    {
        var fields = await FieldsAsync(client);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(fields["__RequestVerificationToken"]), "__RequestVerificationToken" },
            { new StringContent(fields["Version"]), "Version" },
            { file, "Avatar", fileName },
        };
        return await client.Http.PostAsync($"{Url}?handler=Avatar", form);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();


    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionInput();
}
