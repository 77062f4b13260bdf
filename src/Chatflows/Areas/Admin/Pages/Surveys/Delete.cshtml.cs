using Chatflows.Core.References;
using Chatflows.Core.Validation;
using Chatflows.PickLists;
using Chatflows.Security;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>
/// Deleting a library survey (O9), after a confirmation that names the published chatflows asking it: they stop asking
/// any survey, and publishing them again is refused until another is picked. Answers already given stay in the results.
/// </summary>
[Authorize(Policy = Permissions.ManageChatflows)]
public sealed class DeleteModel(SurveyQueries queries, SurveyEditing surveys, ReferenceUsage usage, EditorTexts words) : DeleteWithWarningModel
{
    protected override async Task<IActionResult> DeleteAsync(CancellationToken cancellationToken)
    {
        await surveys.DeleteAsync(Id, cancellationToken);
        TempData["Notice"] = words.Of(ValidationTexts.SurveysDeleted(Name));
        return RedirectToPage("Library");
    }

    protected override async Task<bool> LoadAsync(CancellationToken cancellationToken)
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
