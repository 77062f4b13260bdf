using System.Net;
using System.Text.RegularExpressions;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Setup;

public sealed partial class AdministratorSetupTests
{
    private static readonly Dictionary<string, string?> NoPassword = new() { ["Chatflows:Setup:AdminPassword"] = "" };

    [Fact]
    public async Task Development_without_a_configured_password_generates_a_different_one_each_time_and_it_works()
    {
        await using var first = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: NoPassword);
        await using var second = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: NoPassword);

        var password = GeneratedPassword(first);
        var signIn = await AdminClient.For(first).SignInAsync(ChatflowsFactory.AdminEmail, password);

        Assert.NotEqual(password, GeneratedPassword(second));
        Assert.True(password.Length >= 20);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task Production_without_a_configured_password_creates_no_administrator()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, "Production", NoPassword);

        var administrators = await host.InScopeAsync(s => s.GetRequiredService<UserManager<ChatflowsUser>>().GetUsersInRoleAsync(Roles.Administrator));

        Assert.Empty(administrators);
        Assert.Contains(host.Logs.Lines, l => l.Contains("No administrator exists", StringComparison.Ordinal));
    }

    private static string GeneratedPassword(ChatflowsFactory host)
    {
        var line = Assert.Single(host.Logs.Lines, l => l.Contains("generated password", StringComparison.Ordinal));
        return PasswordInLog().Match(line).Groups[1].Value;
    }

    [GeneratedRegex("generated password (\\S+) ")]
    private static partial Regex PasswordInLog();
}
