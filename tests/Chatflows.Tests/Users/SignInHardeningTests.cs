using System.Net;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Users;

/// <summary>Staff sign-in to ASVS level 2: no lockout an attacker can cause, nothing that tells which e-mails exist.</summary>
public sealed class SignInHardeningTests : IAsyncLifetime
{
    private readonly CountingPasswordHasher _hasher = new();
    private ChatflowsFactory _base = null!;
    private WebApplicationFactory<Program> _host = null!;

    [Fact]
    public async Task An_attacker_elsewhere_cannot_lock_the_real_user_out()
    {
        var attacker = Client("198.51.100.1");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await attacker.SignInAsync(ChatflowsFactory.AdminEmail, "Wrong-Passw0rd!");
        }

        var attackerWithTheRightPassword = await attacker.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        var realUser = await Client("203.0.113.5").SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        Assert.Equal(HttpStatusCode.OK, attackerWithTheRightPassword.StatusCode);
        Assert.Contains("Too many failed attempts from here", await attackerWithTheRightPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, realUser.StatusCode);
    }

    [Fact]
    public async Task Unknown_and_known_emails_get_the_same_answers_attempt_for_attempt()
    {
        var known = await AnswersAsync(Client("198.51.100.2"), ChatflowsFactory.AdminEmail);
        var unknown = await AnswersAsync(Client("198.51.100.3"), "nobody@chatflows.test");

        Assert.Equal(known, unknown);
        Assert.Contains("That e-mail and password do not match.", known[0], StringComparison.Ordinal);
        Assert.Contains("Too many failed attempts from here", known[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_email_costs_a_password_check_like_a_known_one()
    {
        var before = _hasher.Verifications;
        await Client("198.51.100.4").SignInAsync("nobody@chatflows.test", "Wrong-Passw0rd!");
        var unknown = _hasher.Verifications - before;

        before = _hasher.Verifications;
        await Client("198.51.100.5").SignInAsync(ChatflowsFactory.AdminEmail, "Wrong-Passw0rd!");
        var known = _hasher.Verifications - before;

        Assert.Equal(1, known);
        Assert.Equal(known, unknown); // without it, an unknown e-mail answered at once: 2-3 ms against 60 ms
    }

    [Theory]
    [InlineData("Short-Pas1!", "at least 12 characters")]
    [InlineData("Password2024!!", "too common")]
    [InlineData("Qwertyuiop123!", "too common")]
    public async Task Short_or_common_passwords_are_refused(string password, string expected)
    {
        var admin = Client("203.0.113.6");
        await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

        var response = await admin.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = $"p{Guid.NewGuid():N}@chatflows.test", ["Input.DisplayName"] = "Pat", ["Input.Roles"] = "Agent",
            ["Input.ChatCapacity"] = "3", ["Input.Password"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_ins_failures_and_user_changes_are_in_the_audit_log()
    {
        await Client("198.51.100.7").SignInAsync("ghost@chatflows.test", "Wrong-Passw0rd!");
        var admin = Client("203.0.113.7");
        await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        await admin.PostFormAsync("/admin/users/create", new()
        {
            ["Input.Email"] = "audited@chatflows.test", ["Input.DisplayName"] = "Audited", ["Input.Roles"] = "Agent",
            ["Input.ChatCapacity"] = "3", ["Input.Password"] = "Audited-Passw0rd!",
        });
        var id = await InScopeAsync(async s => (await s.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync("audited@chatflows.test"))!.Id);
        var edit = $"/admin/users/edit?id={id}";
        await admin.PostFormAsync($"{edit}&handler=Password", new() { ["Id"] = id, ["NewPassword"] = "Renewed-Passw0rd!" }, formPage: edit);
        await admin.PostFormAsync($"{edit}&handler=Deactivate", new() { ["Id"] = id }, formPage: edit);

        var audit = WebUtility.HtmlDecode(await admin.Http.GetStringAsync("/admin/audit"));

        Assert.Contains("failed to sign in as", audit, StringComparison.Ordinal);
        Assert.Contains("ghost@chatflows.test", audit, StringComparison.Ordinal);
        Assert.Contains("signed in as", audit, StringComparison.Ordinal);
        Assert.Contains("created the user", audit, StringComparison.Ordinal);
        Assert.Contains("changed the roles of", audit, StringComparison.Ordinal);
        Assert.Contains("set a new password for", audit, StringComparison.Ordinal);
        Assert.Contains("deactivated", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Renewed-Passw0rd!", audit, StringComparison.Ordinal);
    }

    private static async Task<List<string>> AnswersAsync(AdminClient client, string email)
    {
        List<string> answers = [];
        for (var attempt = 0; attempt < 7; attempt++)
        {
            var html = await (await client.SignInAsync(email, "Wrong-Passw0rd!")).Content.ReadAsStringAsync();
            answers.Add(System.Text.RegularExpressions.Regex.Match(html, "<div class=\"cf-errors[^>]*>(.*?)</div>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value);
        }

        return answers;
    }

    private AdminClient Client(string address)
    {
        var http = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.Add(ClientAddressFromHeader.HeaderName, address);
        return new AdminClient(http);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task InitializeAsync()
    {
        _base = Unstarted();
        _host = _base.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
            services.AddSingleton<IPasswordHasher<ChatflowsUser>>(_hasher);
        }));
        await Task.Run(() => _host.Services);
    }

    // Not started on its own: the host above derives from it, adding a client address per request.
    private static ChatflowsFactory Unstarted() => new(TestDatabase.Create(DatabaseProvider.Sqlite));

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _base.DisposeAsync();
    }
}
