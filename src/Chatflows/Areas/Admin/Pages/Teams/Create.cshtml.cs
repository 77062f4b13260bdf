using Chatflows.Core.Validation;
using Chatflows.Inbox;
using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Teams;

public sealed class CreateModel(TeamDirectory teams, UserAdministration users, EditorTexts words) : PageModel
{
    [BindProperty]
    public TeamInput Input { get; set; } = new();

    public IReadOnlyList<ChatflowsUser> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await users.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Input.Name ?? "";
        var slug = TeamDirectory.SlugFor(name);
        var errors = await teams.SaveAsync(slug.Length == 0 ? "team" : slug, name, Input.Members, onlyCreate: true, cancellationToken);
        TeamInput.AddErrors(ModelState, [.. errors.Select(e => e.Field == "id" ? new FieldError("name", ValidationTexts.TeamsSimilarName()) : e)], words);
        if (!ModelState.IsValid)
        {
            Users = await users.ListAsync(cancellationToken);
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.TeamsAdded(name.Trim()));
        return RedirectToPage("Index");
    }
}
