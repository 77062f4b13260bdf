using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chatflows.Channel;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Tests.Infrastructure;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

/// <summary>A chatflow's own avatar (D1), uploaded through the Display tab's multipart form as an editor would.</summary>
public sealed partial class ChatflowAvatarTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Uploaded_png_is_the_widgets_avatar_for_that_chatflow_once_published_and_is_served_with_a_long_cache()
    {
        var flow = Flow("avatar-widget", "Hi") with
        {
            Targeting = new TargetingRules { Groups = [new FilterGroup { Rules = [new TargetRule { Operator = TargetOperator.Is, Value = "/avatar-widget" }] }] },
        };
        await PublishFirstAsync(fixture.Host, flow);
        var editor = await fixture.SignedInAsync();

        var upload = await UploadAsync(editor, flow.Id, Png, "anna.png", "image/png");
        var preview = await editor.Http.GetStringAsync($"/admin/chatflows/{flow.Id}/preview/chatflows/api/widget");
        var publish = await editor.PostFormAsync($"/admin/chatflows/{flow.Id}/publish", [], formPage: $"/admin/chatflows/{flow.Id}");
        var json = await fixture.Host.CreateClient().GetStringAsync($"/chatflows/api/widget?url={Uri.EscapeDataString("http://localhost/avatar-widget")}");
        var url = JsonDocument.Parse(json).RootElement.GetProperty("channel").GetProperty("avatarUrl").GetString()!;
        var served = await fixture.Host.CreateClient().GetAsync(url);
        var tab = await editor.Http.GetStringAsync($"/admin/chatflows/{flow.Id}/display");

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Matches("^/chatflows/chatflow/avatar/[0-9a-f]{32}\\.png$", url);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl?.ToString());
        Assert.Contains($"<img src=\"{url}\"", tab, StringComparison.Ordinal);
        Assert.Equal(url, JsonDocument.Parse(preview).RootElement.GetProperty("channel").GetProperty("avatarUrl").GetString()); // the preview shows the draft's
    }

    [Fact]
    public async Task Text_file_named_png_is_refused_with_the_reason_next_to_the_file_field()
    {
        var id = await fixture.DraftAsync(Flow("avatar-text", "Hi"));
        var editor = await fixture.SignedInAsync();

        var response = await UploadAsync(editor, id, "just some text, not an image"u8.ToArray(), "avatar.png", "image/png");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"avatar-error\" role=\"alert\">Upload a PNG, JPEG, WebP or GIF image. Other files, SVG included, are not accepted.", html, StringComparison.Ordinal);
        Assert.Null(await DraftAvatarAsync(id));
    }

    [Fact]
    public async Task Svg_and_images_over_512_kb_are_refused()
    {
        var id = await fixture.DraftAsync(Flow("avatar-big", "Hi"));
        var editor = await fixture.SignedInAsync();
        var big = new byte[AvatarImage.MaxBytes + 1];
        Png.CopyTo(big, 0);
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

        var tooBig = await (await UploadAsync(editor, id, big, "big.png", "image/png")).Content.ReadAsStringAsync();
        var asSvg = await (await UploadAsync(editor, id, svg, "avatar.svg", "image/svg+xml")).Content.ReadAsStringAsync();

        Assert.Contains("an avatar can be at most 512 KB", tooBig, StringComparison.Ordinal);
        Assert.Contains("SVG included, are not accepted", asSvg, StringComparison.Ordinal);
        Assert.Null(await DraftAvatarAsync(id));
    }

    [Fact]
    public async Task Channel_avatar_upload_and_removal_leave_the_chatflows_avatar_alone_and_the_other_way_round()
    {
        var id = await fixture.DraftAsync(Flow("avatar-apart", "Hi"));
        var editor = await fixture.SignedInAsync();
        var admin = await AdminUsers.AdministratorAsync(fixture.Host);
        var anonymous = fixture.Host.CreateClient();

        await UploadAsync(editor, id, [.. Png, 1], "flow.png", "image/png");
        var flowUrl = (await DraftAvatarAsync(id))!;
        Assert.Equal(HttpStatusCode.Redirect, (await ChannelAvatarAsync(admin, "Avatar", [.. Png, 2])).StatusCode);
        var channelUrl = await ChannelAvatarUrlAsync(admin);
        var afterChannelUpload = await anonymous.GetAsync(flowUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await ChannelAvatarAsync(admin, "RemoveAvatar", null)).StatusCode);
        var afterChannelRemoval = await anonymous.GetAsync(flowUrl);

        Assert.Equal(HttpStatusCode.Redirect, (await ChannelAvatarAsync(admin, "Avatar", [.. Png, 3])).StatusCode);
        channelUrl = await ChannelAvatarUrlAsync(admin);
        await UploadAsync(editor, id, [.. Png, 4], "other.png", "image/png");
        var secondFlowUrl = (await DraftAvatarAsync(id))!;
        var remove = await RemoveAsync(editor, id);
        var channelAfterFlowRemoval = await anonymous.GetAsync(channelUrl);

        Assert.Equal(HttpStatusCode.OK, afterChannelUpload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterChannelRemoval.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Null(await DraftAvatarAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(secondFlowUrl)).StatusCode); // never published: nothing shows it any more
        Assert.Equal(HttpStatusCode.OK, channelAfterFlowRemoval.StatusCode);
        Assert.Equal([.. Png, 3], await channelAfterFlowRemoval.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Deleting_the_chatflow_removes_its_avatar()
    {
        var id = await fixture.DraftAsync(Flow("avatar-deleted", "Hi"));
        var editor = await fixture.SignedInAsync();
        await UploadAsync(editor, id, [.. Png, 5], "gone.png", "image/png");
        var url = (await DraftAvatarAsync(id))!;
        var before = await fixture.Host.CreateClient().GetAsync(url);

        var delete = await editor.PostFormAsync($"/admin/chatflows/{id}/delete", []);
        var after = await fixture.Host.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Agent_without_manage_chatflows_is_refused_the_upload()
    {
        var id = await fixture.DraftAsync(Flow("avatar-agent", "Hi"));
        var agent = await fixture.SignedInAsync(ChatflowAdminFixture.AgentEmail);
        var version = (await fixture.RecordAsync(id)).DraftVersion.ToString();
        using var form = new MultipartFormDataContent { { new StringContent(version), "DraftVersion" }, { new ByteArrayContent(Png), "Avatar", "a.png" } };

        var response = await agent.Http.PostAsync($"/admin/chatflows/{id}/display?handler=Avatar", form);

        Assert.StartsWith("/admin/account/access-denied", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await DraftAvatarAsync(id));
    }

    private async Task<string?> DraftAvatarAsync(string id) => FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson).Display.AvatarUrl;

    private static async Task<HttpResponseMessage> UploadAsync(AdminClient client, string id, byte[] content, string fileName, string contentType)
    {
        var page = await client.Http.GetStringAsync($"/admin/chatflows/{id}/display");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.TokenOf(page)), "__RequestVerificationToken" },
            { new StringContent(ChatflowAdminFixture.DraftVersionOf(page)), "DraftVersion" },
            { file, "Avatar", fileName },
        };
        return await client.Http.PostAsync($"/admin/chatflows/{id}/display?handler=Avatar", form);
    }

    private static async Task<HttpResponseMessage> RemoveAsync(AdminClient client, string id)
    {
        var page = await client.Http.GetStringAsync($"/admin/chatflows/{id}/display");
        return await client.Http.PostAsync($"/admin/chatflows/{id}/display?handler=RemoveAvatar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery.TokenOf(page), ["DraftVersion"] = ChatflowAdminFixture.DraftVersionOf(page),
        }));
    }

    /// <summary>Uploads (with <paramref name="content"/>) or removes the channel's avatar through the channel page.</summary>
    private static async Task<HttpResponseMessage> ChannelAvatarAsync(AdminClient admin, string handler, byte[]? content)
    {
        var page = await admin.Http.GetStringAsync("/admin/channel");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Antiforgery.TokenOf(page)), "__RequestVerificationToken" },
            { new StringContent(ChannelVersion().Match(page).Groups[1].Value), "Version" },
        };
        if (content is not null)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "Avatar", "channel.png");
        }

        return await admin.Http.PostAsync($"/admin/channel?handler={handler}", form);
    }

    private static async Task<string> ChannelAvatarUrlAsync(AdminClient admin) =>
        ChannelAvatarImage().Match(await admin.Http.GetStringAsync("/admin/channel")).Groups[1].Value;

    

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex ChannelVersion();

    [GeneratedRegex("<img src=\"(/chatflows/channel/avatar/[^\"]+)\" alt=\"Current avatar\"")]
    private static partial Regex ChannelAvatarImage();
}
