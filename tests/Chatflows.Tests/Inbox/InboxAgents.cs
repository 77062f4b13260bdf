using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Inbox;

/// <summary>Agents and hand-offs for inbox tests: real users with a role and a password, signed in like a browser.</summary>
public static class InboxAgents
{
    public const string Password = "Agent-Passw0rd!";

    /// <summary>Creates (or updates) a user with the role, available or away, optionally in a team.</summary>
    public static async Task<string> CreateAsync(
        ChatflowsFactory host, string email, string name, string role = "Agent", bool available = true, int capacity = 3, string? team = null)
    {
        return await host.InScopeAsync(async services =>
        {
            var errors = await services.GetRequiredService<UserAdministration>()
                .CreateOrUpdateAsync(new NewUser(email, name, [role], Password, capacity));
            Assert.Empty(errors);
            var user = (await services.GetRequiredService<UserManager<ChatflowsUser>>().FindByEmailAsync(email))!;
            await services.GetRequiredService<AgentAvailability>().SetAsync(user.Id, available, CancellationToken.None);
            if (team is not null)
            {
                var db = services.GetRequiredService<ChatflowsDbContext>();
                if (!await db.TeamMembers.AnyAsync(m => m.TeamId == team && m.UserId == user.Id))
                {
                    db.TeamMembers.Add(new TeamMemberRecord { TeamId = team, UserId = user.Id });
                    await db.SaveChangesAsync();
                }
            }

            return user.Id;
        });
    }

    /// <summary>Makes every demo agent away, so only the test's own agents are routed to.</summary>
    public static Task AllAwayAsync(ChatflowsFactory host) =>
        host.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.IsAvailable, false)));

    public static async Task<AdminClient> SignInAsync(ChatflowsFactory host, string email, string password = Password)
    {
        var client = AdminClient.For(host);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Ana, away (so nothing is routed to her), has taken over a new visitor's conversation on the demo concierge.</summary>
    public static async Task<(AdminClient Ana, VisitorClient Visitor, string Id)> AnaTookOverAsync(ChatflowsFactory host)
    {
        await AllAwayAsync(host);
        await CreateAsync(host, "ana@chatflows.test", "Ana", available: false);
        var ana = await SignInAsync(host, "ana@chatflows.test");
        var visitor = VisitorClient.For(host);
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await PostAsync(ana, id, "TakeOver");
        return (ana, visitor, id);
    }

    /// <summary>A visitor on the demo concierge who asks for a person; returns the conversation id.</summary>
    public static async Task<string> AskForAPersonAsync(VisitorClient visitor)
    {
        var (_, start) = await visitor.StartAsync();
        var id = start.GetProperty("conversationId").GetString()!;
        await visitor.SayAsync(id, "person");
        return id;
    }

    public static Task<ConversationRecord> ConversationAsync(ChatflowsFactory host, string id) =>
        host.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().Conversations.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<List<MessageRecord>> MessagesAsync(ChatflowsFactory host, string id) =>
        host.InScopeAsync(services => services.GetRequiredService<ChatflowsDbContext>().Messages.AsNoTracking()
            .Where(m => m.ConversationId == id).OrderBy(m => m.Seq).ToListAsync());

    public static string Thread(string id) => $"/admin/inbox/conversation/{id}";

    public static Task<HttpResponseMessage> PostAsync(AdminClient agent, string id, string handler, Dictionary<string, string>? fields = null) =>
        agent.PostFormAsync($"{Thread(id)}?handler={handler}", fields ?? [], Thread(id));
}
