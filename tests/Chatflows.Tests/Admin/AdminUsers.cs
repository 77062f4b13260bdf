using System.Net;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Admin;

/// <summary>Signed-in admin clients for the builder and channel tests: the administrator, or a fresh user in one role.</summary>
internal static class AdminUsers
{
    public static Task<AdminClient> AdministratorAsync(ChatflowsFactory host) =>
        SignedInAsync(host, ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);

    public static async Task<AdminClient> InRoleAsync(ChatflowsFactory host, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@chatflows.test";
        const string password = "Role-Passw0rd!";
        await host.InScopeAsync(async services =>
        {
            var errors = await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(email, role, [role], password));
            Assert.Empty(errors);
        });
        return await SignedInAsync(host, email, password);
    }

    private static async Task<AdminClient> SignedInAsync(ChatflowsFactory host, string email, string password)
    {
        var client = AdminClient.For(host);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
