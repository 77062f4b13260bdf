using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MvcSite.Data;

/// <summary>Creates the site's database and, when configured, one member (Site:MemberEmail, Site:MemberPassword).</summary>
internal sealed class SiteSeeder(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await CreateTablesAsync(scope.ServiceProvider.GetRequiredService<SiteDbContext>(), cancellationToken);
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

    // EnsureCreated does nothing in a file that has any table at all, and the site may share its file with Chatflows
    // (whose tables are chatflows_*), so the site looks for a table of its own. A real site would use migrations.
    private static async Task CreateTablesAsync(SiteDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        var ours = await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'AspNetUsers'")
            .SingleAsync(cancellationToken);
        if (ours == 0)
        {
            await creator.CreateTablesAsync(cancellationToken);
        }
    }
}
