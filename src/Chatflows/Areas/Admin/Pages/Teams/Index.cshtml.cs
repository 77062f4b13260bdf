using Chatflows.Inbox;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Teams;

public sealed class IndexModel(TeamDirectory teams) : PageModel
{
    public IReadOnlyList<TeamSummary> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Teams = await teams.ListAsync(cancellationToken);
}
