using System.Net;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Teams;

public sealed class TeamsTests
{
    [Fact]
    public async Task Demo_recipe_gives_the_support_team_the_demo_agents_and_the_concierge_hands_off_to_it()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);

        var team = await host.InScopeAsync(s => s.GetRequiredService<TeamDirectory>().FindAsync("support", default));

        Assert.NotNull(team);
        Assert.Equal("Support", team.Name);
        Assert.Equal(["Amira Haddad", "Joris Bakker", "Sanne de Vries"], team.Members.Select(m => m.DisplayName));
        var outsider = await InboxAgents.CreateAsync(host, "out@chatflows.test", "Outsider");
        var joris = await InboxAgents.CreateAsync(host, "joris@ledgerly.example", "Joris Bakker");
        var id = await InboxAgents.AskForAPersonAsync(VisitorClient.For(host));
        var conversation = await InboxAgents.ConversationAsync(host, id);
        Assert.Equal("support", conversation.AssignedTeamId);
        Assert.Equal(joris, conversation.AssignedUserId);
        Assert.NotEqual(outsider, conversation.AssignedUserId);
    }

    [Fact]
    public async Task Administrator_creates_renames_and_staffs_a_team_and_an_agent_may_not()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var agentId = await InboxAgents.CreateAsync(host, "sam@chatflows.test", "Sam <script>");
        var admin = await InboxAgents.SignInAsync(host, ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        var agent = await InboxAgents.SignInAsync(host, "sam@chatflows.test");

        var created = await admin.PostFormAsync("/admin/teams/create", new() { ["Input.Name"] = "Billing & Sales", ["Input.Members"] = agentId });
        var duplicate = await admin.PostFormAsync("/admin/teams/create", new() { ["Input.Name"] = "Billing & Sales" });
        var renamed = await admin.PostFormAsync("/admin/teams/edit/billing-sales", new() { ["Input.Name"] = "Billing", ["Input.Members"] = agentId });
        var list = await admin.Http.GetStringAsync("/admin/teams");
        var refused = await agent.Http.GetAsync("/admin/teams");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("already exists", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Billing", HtmlPage.Parse(list).Texts("td"));
        Assert.DoesNotContain("Sam <script>", list, StringComparison.Ordinal);
        Assert.Contains("Sam &lt;script&gt;", list, StringComparison.Ordinal);
        Assert.StartsWith("/admin/account/access-denied", refused.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var team = await host.InScopeAsync(s => s.GetRequiredService<TeamDirectory>().FindAsync("billing-sales", default));
        Assert.Equal("Billing", team!.Name);
        Assert.Equal(agentId, Assert.Single(team.Members).UserId);
    }
}
