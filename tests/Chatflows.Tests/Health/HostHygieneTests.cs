using System.Net;
using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Health;

public sealed class HostHygieneTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await _host.CreateClient().GetAsync("/chatflows/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("chatflows-database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Admin_pages_carry_strict_security_headers()
    {
        var response = await _host.CreateClient().GetAsync("/admin/account/login");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_pages_carry_the_policy_the_site_configured()
    {
        var response = await _host.CreateClient().GetAsync("/pricing");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_api_route_is_problem_details_not_a_page()
    {
        var response = await _host.CreateClient().GetAsync("/chatflows/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_site_page_is_the_themes_not_found_page()
    {
        var response = await _host.CreateClient().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_database_for_every_node()
    {
        await AdminClient.For(_host).SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var keys = await _host.InScopeAsync(s => s.GetRequiredService<ChatflowsDbContext>().DataProtectionKeys.CountAsync());

        Assert.True(keys >= 1);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
