using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Security;

public sealed class PermissionPolicyTests : IAsyncLifetime
{
    private ChatflowsFactory _host = null!;

    public static TheoryData<string, string, bool> Grants()
    {
        var expected = new Dictionary<string, string[]>
        {
            [Roles.Administrator] = [Permissions.ManageChatflows, Permissions.ManageChannel, Permissions.ManageKnowledgeBase, Permissions.AnswerConversations, Permissions.ViewAnalytics, Permissions.ManageUsers, Permissions.ManageContacts],
            [Roles.Editor] = [Permissions.ManageChatflows, Permissions.ManageKnowledgeBase, Permissions.ViewAnalytics],
            [Roles.Agent] = [Permissions.AnswerConversations],
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var (role, granted) in expected)
        {
            foreach (var permission in Permissions.All)
            {
                data.Add(role, permission, granted.Contains(permission));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Grants))]
    public async Task Each_permission_policy_allows_exactly_the_intended_roles(string role, string permission, bool allowed)
    {
        var result = await _host.InScopeAsync(async services =>
        {
            var principal = await PrincipalInRoleAsync(services, role);
            return await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, permission);
        });

        Assert.Equal(allowed, result.Succeeded);
    }

    [Fact]
    public async Task A_user_without_roles_holds_no_permission_and_cannot_open_the_admin()
    {
        var results = await _host.InScopeAsync(async services =>
        {
            var principal = await PrincipalInRoleAsync(services, role: null);
            var authorization = services.GetRequiredService<IAuthorizationService>();
            return await Task.WhenAll(Permissions.All.Append(Permissions.AccessAdmin).Select(p => authorization.AuthorizeAsync(principal, p)));
        });

        Assert.All(results, r => Assert.False(r.Succeeded));
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalInRoleAsync(IServiceProvider services, string? role)
    {
        var users = services.GetRequiredService<UserManager<ChatflowsUser>>();
        var email = $"{role ?? "nobody"}-{Guid.NewGuid():N}@chatflows.test";
        var user = new ChatflowsUser { UserName = email, Email = email, DisplayName = role ?? "Nobody" };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        // The same factory the sign-in cookie is built from: role claims become permissions.
        return await services.GetRequiredService<SignInManager<ChatflowsUser>>().CreateUserPrincipalAsync(user);
    }

    public async Task InitializeAsync() => _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
