using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MvcSite.Data;

/// <summary>Creates the site's database and, when configured, one member (Site:MemberEmail, Site:MemberPassword).</summary>
internal sealed class SiteSeeder(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        if (configuration["Site:MemberEmail"] is { Length: > 0 } email && configuration["Site:MemberPassword"] is { Length: > 0 } password)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                var result = await users.CreateAsync(new IdentityUser { UserName = email, Email = email }, password);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
                }
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
