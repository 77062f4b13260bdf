using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Chatflows.Tests.Users;

/// <summary>
/// Two-factor sign-in through the real forms: enrol from the key the page shows, codes computed here as an
/// authenticator app would, each code taken once, recovery codes once, the administrator's rule enforced.
/// </summary>
public sealed partial class TwoFactorTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;
    private int _address;

    [Fact]
    public async Task After_enrolment_sign_in_asks_for_the_code_after_the_password()
    {
        var (email, key, _) = await EnrolledAsync();
        var client = Client();

        var password = await client.SignInAsync(email, InboxAgents.Password);
        var beforeCode = await client.Http.GetAsync("/admin");
        var code = await client.PostFormAsync("/admin/account/two-factor", new() { ["Code"] = NextCode(key) });
        var afterCode = await client.Http.GetAsync("/admin");

        Assert.Equal("/admin/account/two-factor", password.Headers.Location?.OriginalString.Split('?')[0]);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Contains("/admin/account/login", beforeCode.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterCode.StatusCode);
    }

    [Fact]
    public async Task A_code_is_accepted_once()
    {
        var (email, key, _) = await EnrolledAsync();
        var code = NextCode(key);
        var first = Client();
        await first.SignInAsync(email, InboxAgents.Password);
        var accepted = await first.PostFormAsync("/admin/account/two-factor", new() { ["Code"] = code });

        var second = Client();
        await second.SignInAsync(email, InboxAgents.Password);
        var replayed = await second.PostFormAsync("/admin/account/two-factor", new() { ["Code"] = code });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("wrong or was used already", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.Http.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_is_recorded()
    {
        var (email, _, recoveryCodes) = await EnrolledAsync();
        var first = Client();
        await first.SignInAsync(email, InboxAgents.Password);
        var used = await first.PostFormAsync("/admin/account/two-factor?recovery=true", new() { ["Code"] = recoveryCodes[3].ToUpperInvariant(), ["Recovery"] = "true" });

        var second = Client();
        await second.SignInAsync(email, InboxAgents.Password);
        var again = await second.PostFormAsync("/admin/account/two-factor?recovery=true", new() { ["Code"] = recoveryCodes[3], ["Recovery"] = "true" });
        var profile = await first.Http.GetStringAsync("/admin/profile/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Contains("That recovery code is wrong or was used already.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains($"You have {Chatflows.Users.RecoveryCodes.Count - 1} unused recovery codes", profile, StringComparison.Ordinal);
        Assert.Contains("signed in with a recovery code as", await AuditAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_codes_are_throttled_like_wrong_passwords()
    {
        var (email, key, _) = await EnrolledAsync();
        var client = Client();
        await client.SignInAsync(email, InboxAgents.Password);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/admin/account/two-factor", new() { ["Code"] = "000000" });
        }

        var right = await client.PostFormAsync("/admin/account/two-factor", new() { ["Code"] = NextCode(key) });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Too many failed attempts from here", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_it_off_needs_the_password_or_a_code()
    {
        var (email, _, recoveryCodes) = await EnrolledAsync();
        var client = await SignedInWithRecoveryAsync(email, recoveryCodes[0]);

        var wrong = await client.PostFormAsync("/admin/profile/two-factor?handler=Disable", new() { ["PasswordOrCode"] = "not-my-password" }, "/admin/profile/two-factor");
        var stillOn = await client.Http.GetStringAsync("/admin/profile/two-factor");
        var right = await client.PostFormAsync("/admin/profile/two-factor?handler=Disable", new() { ["PasswordOrCode"] = InboxAgents.Password }, "/admin/profile/two-factor");
        var afterwards = Client();
        var password = await afterwards.SignInAsync(email, InboxAgents.Password);

        Assert.Contains("neither your password nor a current code", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Two-factor sign-in is on", stillOn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/admin", password.Headers.Location?.OriginalString);
        var audit = await AuditAsync();
        Assert.Contains("turned on two-factor sign-in for", audit, StringComparison.Ordinal);
        Assert.Contains("turned off two-factor sign-in for", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var (email, _, oldCodes) = await EnrolledAsync();
        var client = await SignedInWithRecoveryAsync(email, oldCodes[0]);

        var renewed = Codes(await (await client.PostFormAsync("/admin/profile/two-factor?handler=Renew", [], "/admin/profile/two-factor")).Content.ReadAsStringAsync());
        var old = Client();
        await old.SignInAsync(email, InboxAgents.Password);
        var withOld = await old.PostFormAsync("/admin/account/two-factor?recovery=true", new() { ["Code"] = oldCodes[1], ["Recovery"] = "true" });
        var withNew = await old.PostFormAsync("/admin/account/two-factor?recovery=true", new() { ["Code"] = renewed[0], ["Recovery"] = "true" });

        Assert.Equal(Chatflows.Users.RecoveryCodes.Count, renewed.Count);
        Assert.Empty(renewed.Intersect(oldCodes));
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        Assert.Contains("made new recovery codes for", await AuditAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_required_staff_without_two_factor_can_only_enrol()
    {
        var email = await NewAgentAsync();
        var admin = await AdminAsync();
        await admin.PostFormAsync("/admin/users/two-factor", new() { ["Required"] = "Agent" });
        var agent = Client();
        await agent.SignInAsync(email, InboxAgents.Password);

        var inbox = await agent.Http.GetAsync("/admin/inbox");
        using var api = await agent.Http.GetAsync("/admin/inbox/events", HttpCompletionOption.ResponseHeadersRead);
        var key = Key(await agent.Http.GetStringAsync("/admin/profile/two-factor"));
        await agent.PostFormAsync("/admin/profile/two-factor?handler=Enable", new() { ["Code"] = NowCode(key) }, "/admin/profile/two-factor");
        var enrolled = await agent.Http.GetAsync("/admin/inbox");
        await admin.PostFormAsync("/admin/users/two-factor", []);

        Assert.Equal(HttpStatusCode.Redirect, inbox.StatusCode);
        Assert.StartsWith("/admin/profile/two-factor?returnUrl=%2Fadmin%2Finbox", inbox.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.Contains("changed who must use two-factor sign-in:", await AuditAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_turns_it_off_for_someone_who_lost_everything()
    {
        var (email, _, _) = await EnrolledAsync();
        var id = await _host.InScopeAsync(async s => (await s.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Chatflows.Users.ChatflowsUser>>().FindByEmailAsync(email))!.Id);
        var admin = await AdminAsync();

        var reset = await admin.PostFormAsync($"/admin/users/edit?id={id}&handler=ResetTwoFactor", new() { ["Id"] = id }, $"/admin/users/edit?id={id}");
        var password = await Client().SignInAsync(email, InboxAgents.Password);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/admin", password.Headers.Location?.OriginalString);
        Assert.Contains("By an administrator; the user enrols again.", await AuditAsync(), StringComparison.Ordinal);
    }

    private async Task<AdminClient> SignedInWithRecoveryAsync(string email, string recoveryCode)
    {
        var client = Client();
        await client.SignInAsync(email, InboxAgents.Password);
        var response = await client.PostFormAsync("/admin/account/two-factor?recovery=true", new() { ["Code"] = recoveryCode, ["Recovery"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A new agent who turned two-factor sign-in on through the enrolment page: e-mail, key, recovery codes.</summary>
    private async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> EnrolledAsync()
    {
        var email = await NewAgentAsync();
        var client = Client();
        await client.SignInAsync(email, InboxAgents.Password);
        var key = Key(await client.Http.GetStringAsync("/admin/profile/two-factor"));

        var enabled = await client.PostFormAsync("/admin/profile/two-factor?handler=Enable", new() { ["Code"] = NowCode(key) }, "/admin/profile/two-factor");
        var codes = Codes(await enabled.Content.ReadAsStringAsync());

        Assert.Equal(Chatflows.Users.RecoveryCodes.Count, codes.Count);
        return (email, key, codes);
    }

    private async Task<string> NewAgentAsync()
    {
        var email = $"tf-{Guid.NewGuid():N}@chatflows.test";
        await InboxAgents.CreateAsync(_host, email, "Two-factor Agent");
        return email;
    }

    private async Task<AdminClient> AdminAsync()
    {
        var admin = Client();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword)).StatusCode);
        return admin;
    }

    private async Task<string> AuditAsync() => WebUtility.HtmlDecode(await (await AdminAsync()).Http.GetStringAsync("/admin/audit"));

    // The enrolment used the code of this 30-second step; a sign-in afterwards uses the next one, which the server's
    // one step of drift accepts, as an authenticator app would show it a moment later.
    private static string NowCode(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    private static string NextCode(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30));

    private static string Key(string page) => KeyPattern().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static List<string> Codes(string page) => [.. CodePattern().Matches(page).Select(m => m.Groups[1].Value)];

    // Each test client signs in from an address of its own, so the throttle of one test leaves the others alone.
    private AdminClient Client()
    {
        var http = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.Add(ClientAddressFromHeader.HeaderName, $"198.51.100.{Interlocked.Increment(ref _address)}");
        return new AdminClient(http);
    }

    [GeneratedRegex("data-authenticator-key>([a-z2-7 ]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>")]
    private static partial Regex CodePattern();

    public async Task InitializeAsync()
    {
        _host = Unstarted();
        await Task.Run(() => _host.Services);
    }

    // Each request may name its client address (ClientAddressFromHeader), as the throttle keys on it.
    private static ChatflowsFactory Unstarted() =>
        new(TestDatabase.Create(DatabaseProvider.Sqlite), services: services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
