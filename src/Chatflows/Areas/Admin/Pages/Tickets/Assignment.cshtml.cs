using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>The channel's ticket assignment rule (W4): who new tickets go to, round robin.</summary>
[Authorize(Policy = Permissions.ManageChannel)]
public sealed class AssignmentModel(TicketAssignmentStore store, PickLists.PickListQueries lists, EditorTexts words) : PageModel
{
    [BindProperty]
    public bool Enabled { get; set; }

    [BindProperty]
    public List<string> UserIds { get; set; } = [];

    [BindProperty]
    public List<string> TeamIds { get; set; } = [];

    public IReadOnlyList<PickLists.UserOption> Users { get; private set; } = [];

    public IReadOnlyList<PickLists.PickOption> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rule = await store.GetAsync(cancellationToken);
        Enabled = rule.Enabled;
        UserIds = [.. rule.UserIds];
        TeamIds = [.. rule.TeamIds];
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await store.SaveAsync(new TicketAssignment { Enabled = Enabled, UserIds = UserIds, TeamIds = TeamIds }, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field == "teamIds" ? nameof(TeamIds) : nameof(UserIds), words.Of(error));
            }

            await LoadAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.TicketsAssignmentSaved());
        return RedirectToPage("Assignment");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await lists.UsersAsync(cancellationToken);
        Teams = await lists.TeamsAsync(cancellationToken);
    }
}
