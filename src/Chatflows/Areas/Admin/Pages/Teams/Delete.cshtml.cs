using Chatflows.Core.References;
using Chatflows.Inbox;
using Chatflows.PickLists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Teams;

/// <summary>
/// Deleting a team, after a confirmation that names the published chatflows handing off to it or booking
/// with it; the delete goes through once the editor has seen that and confirms.
/// </summary>
public sealed class DeleteModel(TeamDirectory teams, ReferenceUsage usage) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public string Name { get; private set; } = "";

    public IReadOnlyList<ChatflowUse> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <param name="acknowledged">True from the confirmation that showed the chatflows using the team.</param>
    public async Task<IActionResult> OnPostAsync(bool acknowledged, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (UsedBy.Count > 0 && !acknowledged)
        {
            return Page();
        }

        await teams.DeleteAsync(Id, cancellationToken);
        TempData["Notice"] = $"Deleted team {Name}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await teams.FindAsync(Id, cancellationToken) is not { } team)
        {
            return false;
        }

        Name = team.Name;
        UsedBy = await usage.PublishedUsingAsync(ReferenceKind.Team, Id, cancellationToken);
        return true;
    }
}
