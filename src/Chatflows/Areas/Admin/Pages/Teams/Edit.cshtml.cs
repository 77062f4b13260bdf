using Chatflows.Core.Validation;
using Chatflows.Inbox;
using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Teams;

public sealed class EditModel(TeamDirectory teams, UserAdministration users, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public IReadOnlyList<ChatflowsUser> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var team = await teams.FindAsync(Id, cancellationToken);
        if (team is null)
        {
            return NotFound();
        }

        Input = new TeamInput { Name = team.Name, Members = [.. team.Members.Select(m => m.UserId)] };
        Users = await users.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await teams.FindAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        TeamInput.AddErrors(ModelState, await teams.SaveAsync(Id, Input.Name ?? "", Input.Members, onlyCreate: false, cancellationToken), words);
        if (!ModelState.IsValid)
        {
            Users = await users.ListAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.TeamsSaved(Input.Name!.Trim()));
        return RedirectToPage("Index");
    }
}
