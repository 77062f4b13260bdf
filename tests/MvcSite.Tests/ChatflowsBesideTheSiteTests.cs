using System.Net;
using System.Net.Http.Json;

namespace MvcSite.Tests;

/// <summary>
/// The module works inside a site whose fallback policy requires sign-in and whose Program.cs calls
/// <c>MapChatflows()</c> after its own <c>UseAuthorization()</c>.
/// </summary>
public sealed class ChatflowsBesideTheSiteTests : IClassFixture<SampleSiteFactory>
{
    private readonly SampleSiteFactory _site;

    public ChatflowsBesideTheSiteTests(SampleSiteFactory site) => _site = site;

    [Theory]
    [InlineData("/chatflows/embed.js", "text/javascript")]
    [InlineData("/chatflows/api/widget?url=http%3A%2F%2Flocalhost%2F", "application/json")]
    [InlineData("/chatflows/assets/admin.css", "text/css")]
    [InlineData("/chatflows/health", "application/json")]
    [InlineData("/chatflows/api/openapi/chatflows.json", "application/json")]
    public async Task What_visitors_reach_is_open_to_anonymous_visitors_despite_the_sites_fallback_policy(string path, string contentType)
    {
        var response = await _site.Browser().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_modules_openapi_document_lists_the_visitor_api_and_none_of_the_sites_endpoints()
    {
        var document = await _site.Browser().GetStringAsync("/chatflows/api/openapi/chatflows.json");

        Assert.Contains("/chatflows/api/conversations", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/members", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_module_admin_lives_at_its_own_path_with_its_own_sign_in()
    {
        var browser = _site.Browser();

        var anonymous = await browser.GetAsync("/chatflows-admin");
        var signIn = await Forms.SignInToChatflowsAsync(browser);
        var dashboard = await browser.GetAsync("/chatflows-admin");
        var members = await browser.GetAsync("/Members");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/chatflows-admin/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("/chatflows-admin", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("href=\"/chatflows-admin/chatflows\"", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Signed in to Chatflows is not signed in to the site.
        Assert.Equal(HttpStatusCode.Redirect, members.StatusCode);
        Assert.StartsWith("/Account/SignIn", members.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_member_is_not_signed_in_to_the_module_admin()
    {
        var browser = _site.Browser();
        await Forms.SignInToSiteAsync(browser);

        var admin = await browser.GetAsync("/chatflows-admin");

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/chatflows-admin/account/login", admin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitor_rate_limits_hold_with_MapChatflows_after_the_sites_UseAuthorization()
    {
        await using var site = new SampleSiteFactory(new Dictionary<string, string?> { ["Chatflows:Limits:StartsPerMinutePerVisitor"] = "1" });
        var browser = site.Browser(); // no visitor id yet: the per-visitor limit then counts by address

        var first = await browser.PostAsJsonAsync("/chatflows/api/conversations", new { chatflowId = "none", pageUrl = "http://localhost/" });
        var second = await browser.PostAsJsonAsync("/chatflows/api/conversations", new { chatflowId = "none", pageUrl = "http://localhost/" });

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
    }
}
