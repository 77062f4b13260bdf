using Chatflows.PickLists;
using Chatflows.Security;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>The tickets list (P3): one pipeline at a time, with a count per status and filters agents combine.</summary>
[Authorize(Policy = Permissions.AnswerConversations)]
public sealed class IndexModel(TicketQueries tickets, PickListQueries lists) : PageModel
{
    public const string Unassigned = TicketFilter.Unassigned;

    [BindProperty(SupportsGet = true)]
    public string? Pipeline { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    /// <summary>A user id, <see cref="Unassigned"/>, or empty for anyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Assignee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Priority { get; set; }

    public IReadOnlyList<TicketPipeline> Pipelines { get; private set; } = [];

    public TicketPipeline Current { get; private set; } = TicketPipeline.Default;

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public IReadOnlyList<UserOption> Users { get; private set; } = [];

    public IReadOnlyList<TicketRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pipelines = await tickets.PipelinesAsync(cancellationToken);
        Current = Pipelines.FirstOrDefault(p => p.Id == Pipeline) ?? Pipelines[0];
        Pipeline = Current.Id;
        Users = await lists.UsersAsync(cancellationToken);
        var list = await tickets.ListAsync(Current, new TicketFilter(Status, Assignee, Priority), cancellationToken);
        (Counts, Rows, Total) = (list.Counts, list.Rows, list.Total);
    }
}
