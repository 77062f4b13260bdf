using Chatflows.Security;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>The ticket pipelines (C4) and their statuses; part of setting up the channel.</summary>
[Authorize(Policy = Permissions.ManageChannel)]
public sealed class PipelinesModel(TicketPipelines pipelines) : PageModel
{
    public IReadOnlyList<TicketPipeline> Pipelines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pipelines = await pipelines.ListAsync(cancellationToken);
}
