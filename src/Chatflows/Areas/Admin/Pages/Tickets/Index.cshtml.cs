using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>The tickets list (P3): one pipeline at a time, with a count per status and filters agents combine.</summary>
[Authorize(Policy = Permissions.AnswerConversations)]
public sealed class IndexModel(ChatflowsDbContext db, TicketPipelines pipelines, PickLists.PickListQueries lists) : PageModel
{
    public const string Unassigned = "none";
    public const int PageSize = 100;

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

    public IReadOnlyList<PickLists.UserOption> Users { get; private set; } = [];

    public IReadOnlyList<TicketRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pipelines = await WithOrphansAsync(await pipelines.ListAsync(cancellationToken), cancellationToken);
        Current = Pipelines.FirstOrDefault(p => p.Id == Pipeline) ?? Pipelines[0];
        Pipeline = Current.Id;
        Users = await lists.UsersAsync(cancellationToken);
        var pipelineId = Current.Id;

        var tickets = db.Tickets.AsNoTracking().Where(t => t.Pipeline == pipelineId);
        if (Assignee == Unassigned)
        {
            tickets = tickets.Where(t => t.AssigneeId == null);
        }
        else if (!string.IsNullOrEmpty(Assignee))
        {
            tickets = tickets.Where(t => t.AssigneeId == Assignee);
        }

        if (!string.IsNullOrEmpty(Priority))
        {
            tickets = tickets.Where(t => t.Priority == Priority);
        }

        // The counts show every status of the other filters, so they say where to click next.
        Counts = await tickets.GroupBy(t => t.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (!string.IsNullOrEmpty(Status))
        {
            tickets = tickets.Where(t => t.Status == Status);
        }

        Total = await tickets.CountAsync(cancellationToken);
        var rows = await tickets.OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id).Take(PageSize)
            .Select(t => new { t.Id, t.Reference, t.Subject, t.Status, t.Priority, t.AssigneeId, t.CreatedUtc, Email = db.Contacts.Where(c => c.Id == t.ContactId).Select(c => c.Email).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var names = Users.ToDictionary(u => u.Id, u => u.Name);
        Rows = [.. rows.Select(t => new TicketRow(t.Id, t.Reference, t.Subject, Current.StatusName(t.Status), TicketPriorities.Label(t.Priority),
            t.AssigneeId is null ? "Unassigned" : names.GetValueOrDefault(t.AssigneeId, "Deleted user"), t.Email, t.CreatedUtc))];
    }

    // A chatflow may name a pipeline nobody defined (or one since deleted): its tickets still need a list.
    private async Task<IReadOnlyList<TicketPipeline>> WithOrphansAsync(IReadOnlyList<TicketPipeline> defined, CancellationToken cancellationToken)
    {
        var known = defined.Select(p => p.Id).ToList();
        var orphans = await db.Tickets.Where(t => !known.Contains(t.Pipeline)).Select(t => new { t.Pipeline, t.Status }).Distinct()
            .ToListAsync(cancellationToken);
        return [.. defined, .. orphans.GroupBy(o => o.Pipeline).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TicketPipeline(g.Key, $"{g.Key} (not set up)", [.. g.Select(o => new TicketStatus(o.Status, o.Status))]))];
    }

    public sealed record TicketRow(long Id, string Reference, string Subject, string Status, string Priority, string Assignee, string? ContactEmail, DateTime CreatedUtc);
}
