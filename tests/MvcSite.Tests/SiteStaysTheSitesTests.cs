using System.Net;
using Chatflows.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MvcSite.Tests;

/// <summary>With Chatflows added in two lines, everything the site had before still works as it did.</summary>
public sealed class SiteStaysTheSitesTests : IClassFixture<SampleSiteFactory>
{
    private readonly SampleSiteFactory _site;

    public SiteStaysTheSitesTests(SampleSiteFactory site) => _site = site;

    [Fact]
    public async Task Members_page_sends_anonymous_visitors_to_the_sites_own_sign_in()
    {
        var response = await _site.Browser().GetAsync("/Members");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_signs_in_with_the_sites_identity_and_sees_the_members_page()
    {
        var browser = _site.Browser();

        var signIn = await Forms.SignInToSiteAsync(browser);
        var members = await browser.GetAsync("/Members");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.DoesNotContain(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ChatflowsAuthentication.CookieName, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, members.StatusCode);
        Assert.Contains($"Signed in as {SampleSiteFactory.MemberEmail}", await members.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sites_own_admin_answers_at_its_own_path()
    {
        var browser = _site.Browser();
        await Forms.SignInToSiteAsync(browser);

        var admin = await browser.GetStringAsync("/Admin");

        Assert.Contains("The site's own admin, not the Chatflows one.", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_site_page_gets_the_sites_own_error_page()
    {
        var response = await _site.Browser().GetAsync("/Home/Fail");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("This is the site's own error page.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sites_openapi_document_lists_the_sites_endpoints_and_none_of_the_modules()
    {
        var document = await _site.Browser().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/members/count", document, StringComparison.Ordinal);
        Assert.DoesNotContain("/chatflows", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sites_identity_options_scheme_and_key_ring_are_the_sites()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        var siteIdentity = services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        var moduleUsers = services.GetRequiredService<UserManager<ChatflowsUser>>();
        var defaultScheme = await services.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultAuthenticateSchemeAsync();
        var keyRing = services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;

        Assert.Equal(8, siteIdentity.Password.RequiredLength);
        Assert.False(siteIdentity.User.RequireUniqueEmail);
        Assert.Equal(12, moduleUsers.Options.Password.RequiredLength); // the module's staff rules (ASVS L2), not the site's 8
        Assert.Equal(IdentityConstants.ApplicationScheme, defaultScheme?.Name);
        Assert.IsType<FileSystemXmlRepository>(keyRing);
    }
}
