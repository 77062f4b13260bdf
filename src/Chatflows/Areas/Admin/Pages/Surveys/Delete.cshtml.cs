using Chatflows.Core.References;
using Chatflows.PickLists;
using Chatflows.Security;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>
/// Deleting a library survey (O9), after a confirmation that names the published chatflows asking it: they stop asking
/// any survey, and publishing them again is refused until another is picked. Answers already given stay in the results.
/// </summary>
[Authorize(Policy = Permissions.ManageChatflows)]
public sealed class DeleteModel(SurveyQueries queries, SurveyEditing surveys, ReferenceUsage usage) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public string Name { get; private set; } = "";

    public IReadOnlyList<ChatflowUse> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <param name="acknowledged">True from the confirmation that showed the chatflows asking the survey.</param>
    public async Task<IActionResult> OnPostAsync(bool acknowledged, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (UsedBy.Count > 0 && !acknowledged)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        await surveys.DeleteAsync(Id, cancellationToken);
        TempData["Notice"] = $"Deleted the survey {Name}.";
        return RedirectToPage("Library");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(Id, cancellationToken) is not { } survey)
        {
            return false;
        }

        Name = survey.Name;
        UsedBy = await usage.PublishedUsingAsync(ReferenceKind.Survey, Id, cancellationToken);
        return true;
    }
}
