using System.Security.Claims;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;

namespace Chatflows.Setup;

/// <summary>Makes sure the built-in roles exist and carry at least their default permissions.</summary>
internal sealed class RoleSeeder(RoleManager<ChatflowsRole> roles)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, permissions) in Permissions.DefaultGrants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new ChatflowsRole(name);
                Check(await roles.CreateAsync(role));
            }

            var granted = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == Permissions.ClaimType).Select(c => c.Value).ToHashSet();
            foreach (var permission in permissions.Where(p => !granted.Contains(p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, permission)));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
