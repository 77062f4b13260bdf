using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>One ticket (P3): change its status, assignee and priority; read its conversation and contact.</summary>
[Authorize(Policy = Permissions.AnswerConversations)]
public sealed class TicketModel(TicketQueries tickets, TicketEditor editor, PickLists.PickListQueries lists, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    [BindProperty]
    public string? AssigneeId { get; set; }

    [BindProperty]
    public string? Priority { get; set; }

    public TicketDetails Ticket { get; private set; } = null!;

    public IReadOnlyList<PickLists.UserOption> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Status = Ticket.Status;
        AssigneeId = Ticket.AssigneeId;
        Priority = Ticket.Priority;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await editor.ChangeAsync(Id, new TicketChange(Status, AssigneeId, Priority), cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(char.ToUpperInvariant(error.Field[0]) + error.Field[1..], words.Of(error));
            }

            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.TicketsSaved());
        return RedirectToPage("Ticket", new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await tickets.FindAsync(Id, cancellationToken) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        Users = await lists.UsersAsync(cancellationToken);
        return true;
    }
}
