using Chatflows.Analytics;
using Chatflows.Dashboard;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages;

/// <summary>
/// The first page after signing in: an agent's waiting work, an editor's chatflows against the week
/// before, and the set-up steps still open for those who can do them. Each part only for whom it matters.
/// </summary>
public sealed class IndexModel(
    UserManager<ChatflowsUser> users, IAuthorizationService authorization, AgentWorkQueries agentWork,
    ChatflowTrends trends, SetupChecklist setup, global::Chatflows.SampleData.SampleDataQueries samples) : PageModel
{
    public string DisplayName { get; private set; } = "";

    /// <summary>Null for someone who does not answer conversations.</summary>
    public AgentWork? Work { get; private set; }

    /// <summary>Null for someone who cannot see analytics.</summary>
    public IReadOnlyList<ChatflowTrend>? Trends { get; private set; }

    /// <summary>Empty once every step is done, or for someone who can do none of them.</summary>
    public IReadOnlyList<SetupStep> Setup { get; private set; } = [];

    /// <summary>Sample conversations still stored (#22 item 12): everyone sees the notice, administrators the way to remove them.</summary>
    public int SampleConversations { get; private set; }

    public bool CanRemoveSamples { get; private set; }

    public bool NothingToShow => Work is null && Trends is null && Setup.Count == 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? User.Identity?.Name ?? "";
        if (user is not null && await CanAsync(Permissions.AnswerConversations))
        {
            Work = await agentWork.GetAsync(user.Id, cancellationToken);
        }

        if (await CanAsync(Permissions.ViewAnalytics))
        {
            Trends = await trends.ListAsync(cancellationToken);
        }

        SampleConversations = await samples.CountConversationsAsync(cancellationToken);
        CanRemoveSamples = SampleConversations > 0 && await CanAsync(Permissions.ManageContacts);
        var steps = await setup.ListAsync(cancellationToken);
        List<SetupStep> mine = [];
        foreach (var step in steps)
        {
            if (await CanAsync(step.Permission))
            {
                mine.Add(step);
            }
        }

        Setup = mine.All(s => s.Done) ? [] : mine;
    }

    private async Task<bool> CanAsync(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;
}
