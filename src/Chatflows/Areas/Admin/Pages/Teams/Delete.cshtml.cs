using Chatflows.Core.References;
using Chatflows.Core.Validation;
using Chatflows.Inbox;
using Chatflows.PickLists;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.Teams;

/// <summary>
/// Deleting a team, after a confirmation that names the published chatflows handing off to it or booking
/// with it; the delete goes through once the editor has seen that and confirms.
/// </summary>
public sealed class DeleteModel(TeamDirectory teams, ReferenceUsage usage, EditorTexts words) : DeleteWithWarningModel
{
    protected override async Task<IActionResult> DeleteAsync(CancellationToken cancellationToken)
    {
        await teams.DeleteAsync(Id, cancellationToken);
        TempData["Notice"] = words.Of(ValidationTexts.TeamsDeleted(Name));
        return RedirectToPage("Index");
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
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
