using Chatflows.Core.Ports;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Chatflows.Tests.Meetings;

/// <summary>The demo's meeting host (Sanne, from the demo recipe) and ways to reach her calendar.</summary>
internal static class MeetingTestData
{
    public const string SanneEmail = "sanne@ledgerly.example";

    public static Task<string> SanneIdAsync(ChatflowsFactory host) =>
        host.InScopeAsync(async services => (await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(SanneEmail))!.Id);

    public static async Task<MeetingSlot> FirstSlotAsync(ChatflowsFactory host, MeetingTarget target)
    {
        var scheduler = host.Services.GetRequiredService<IMeetingScheduler>();
        var now = Instant.FromDateTimeOffset(host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var slots = await scheduler.GetSlotsAsync(target, now, 6, CancellationToken.None);
        Assert.NotEmpty(slots);
        return slots[0];
    }

    /// <summary>A user with a password, signed in through the login form.</summary>
    public static async Task<AdminClient> SignedInAsync(ChatflowsFactory host, string email, params string[] roles)
    {
        const string password = "Meetings-Passw0rd!";
        await host.InScopeAsync(async services =>
        {
            var errors = await services.GetRequiredService<UserAdministration>().CreateOrUpdateAsync(new NewUser(email, email.Split('@')[0], roles, password, 3));
            Assert.Empty(errors);
        });
        var client = AdminClient.For(host);
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>Gives Sanne a password (the recipe leaves her without one) and signs her in.</summary>
    public static async Task<AdminClient> SanneSignedInAsync(ChatflowsFactory host)
    {
        const string password = "Sanne-Passw0rd!";
        await host.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ChatflowsUser>>();
            var errors = await services.GetRequiredService<UserAdministration>().SetPasswordAsync((await users.FindByEmailAsync(SanneEmail))!, password);
            Assert.Empty(errors);
        });
        var client = AdminClient.For(host);
        await client.SignInAsync(SanneEmail, password);
        return client;
    }
}
