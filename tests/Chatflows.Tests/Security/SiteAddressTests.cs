using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Chatflows.Tests.Security;

/// <summary>
/// #17: the site's address in the embed snippet and in .ics invitations comes from <c>Chatflows:Site:PublicAddress</c>,
/// not from the Host header a client writes. Requests here arrive for <c>evil.example</c>.
/// </summary>
public sealed class SiteAddressTests : IAsyncLifetime
{
    private const string Public = "https://www.ledgerly.example";
    private static readonly Uri Evil = new("http://evil.example/");
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task The_embed_snippet_carries_the_configured_address_whatever_host_the_request_names()
    {
        var admin = new AdminClient(_host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Evil, AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword)).StatusCode);

        var html = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/channel"));

        Assert.Contains($"<script async src=\"{Public}/chatflows/embed.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example/chatflows/embed.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_fetched_under_another_host_names_the_configured_site()
    {
        var invitation = await BookThroughTheConciergeAsync();

        var ics = await _host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Evil }).GetStringAsync(Uri.TryCreate(invitation, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : invitation);

        Assert.Contains($"{Public}/chatflows/meetings/", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("@www.ledgerly.example", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", ics, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("www.example.com")]
    [InlineData("ftp://example.com")]
    [InlineData("https://user:pw@example.com")]
    [InlineData("https://example.com/?next=1")]
    public async Task A_malformed_public_address_stops_the_start_with_a_reason(string address)
    {
        var start = ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Site:PublicAddress"] = address });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains("Chatflows:Site:PublicAddress", error.Message, StringComparison.Ordinal);
    }

    private async Task<string> BookThroughTheConciergeAsync()
    {
        var visitor = VisitorClient.For(_host);
        var started = await VisitorClient.BodyAsync(await visitor.SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId = "concierge", timeZone = "Europe/Amsterdam" }));
        visitor.VisitorId = started.GetProperty("visitorId").GetString();
        var conversationId = started.GetProperty("conversationId").GetString()!;
        var (_, offer) = await visitor.SayAsync(conversationId, "meeting");
        var slot = offer.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("author").GetString() == "bot")
            .GetProperty("payload").GetProperty("slots").EnumerateArray().First().GetProperty("id").GetString()!;
        await visitor.SayAsync(conversationId, slot);
        var (_, booked) = await visitor.SayAsync(conversationId, "ada@example.com");
        return booked.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("payload")).Where(p => p.ValueKind == JsonValueKind.Object)
            .Single(p => p.TryGetProperty("invitationUrl", out _)).GetProperty("invitationUrl").GetString()!;
    }

    public async Task InitializeAsync() =>
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?> { ["Chatflows:Site:PublicAddress"] = Public });

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
