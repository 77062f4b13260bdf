using System.Net;
using System.Net.Http.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Widget;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Tests.Widget;

/// <summary>CORS for the embed snippet (W9): the configured site origins, on the widget's paths only.</summary>
public sealed class WidgetCorsTests : IAsyncLifetime
{
    private const string Shop = "https://shop.example";
    private ChatflowsFactory _host = null!;
    private HttpClient _http = null!;

    [Theory]
    [InlineData("/chatflows/api/widget?url=https://shop.example/pricing")]
    [InlineData("/chatflows/embed.js")]
    public async Task A_configured_origin_may_read_the_api_and_the_widget_files(string path)
    {
        using var response = await GetAsync(path, Shop);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Shop, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task The_widget_module_imported_across_origins_carries_cors_headers()
    {
        var widget = _host.Services.GetRequiredService<WidgetAssets>().WidgetFile;

        using var response = await GetAsync($"/chatflows/widget/{widget}", Shop);

        Assert.Equal(Shop, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://shop.example")] // another scheme is another origin
    [InlineData("https://shop.example.evil.example")]
    public async Task An_origin_that_is_not_configured_gets_no_cors_headers(string origin)
    {
        using var response = await GetAsync("/chatflows/api/widget?url=https://shop.example/pricing", origin);
        using var preflight = await PreflightAsync(origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.Ordinal));
        Assert.DoesNotContain(preflight.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_preflight_from_a_configured_origin_allows_posting_json_with_the_visitor_header()
    {
        using var response = await PreflightAsync(Shop);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Shop, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        var headers = response.Headers.GetValues("Access-Control-Allow-Headers").Single();
        Assert.Contains("content-type", headers, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("x-chatflows-visitor", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_preflight_from_a_configured_origin_allows_the_widget_call_with_the_identity_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/chatflows/api/widget?url=https%3A%2F%2Fshop.example%2F");
        request.Headers.Add("Origin", Shop);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "x-chatflows-identity");

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains("x-chatflows-identity", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_rate_limited_start_still_lets_the_other_origin_read_the_answer_and_its_retry_after()
    {
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 40 && limited is null; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/chatflows/api/conversations") { Content = JsonContent.Create(new { chatflowId = "concierge" }) };
            request.Headers.Add("Origin", Shop);
            var response = await _http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        Assert.NotNull(limited);
        Assert.Equal(Shop, limited.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Retry-After", limited.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/account/login")]
    public async Task Site_and_admin_pages_never_answer_another_origin(string path)
    {
        using var response = await GetAsync(path, Shop);

        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://shop.example/", true)]
    [InlineData("HTTPS://Shop.Example:443", true)]
    [InlineData("https://shop.example/path", false)]
    [InlineData("*", false)]
    [InlineData("shop.example", false)]
    [InlineData("ftp://shop.example", false)]
    public void Origins_are_validated_and_normalised_as_browsers_send_them(string configured, bool valid)
    {
        var options = new WidgetOriginsOptions { AllowedOrigins = [configured] };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();

        Assert.Equal(valid, errors.Count == 0);
        Assert.Equal(valid ? ["https://shop.example"] : [], options.NormalizedOrigins());
    }

    [Fact]
    public async Task A_host_with_a_malformed_origin_refuses_to_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["Chatflows:Widget:AllowedOrigins:0"] = "https://shop.example/checkout" }));

        Assert.Contains("is not an origin", error.ToString(), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Accept-Encoding", "br");
        return _http.SendAsync(request);
    }

    private Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/chatflows/api/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-chatflows-visitor");
        return _http.SendAsync(request);
    }

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite,
            settings: new Dictionary<string, string?> { ["Chatflows:Widget:AllowedOrigins:0"] = "https://Shop.Example/" });
        _http = _host.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(["https://shop.example"], _host.Services.GetRequiredService<IOptions<WidgetOriginsOptions>>().Value.NormalizedOrigins());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
