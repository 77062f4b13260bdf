using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>Changes a library survey (O9); every chatflow that asks it asks the new version from the next page load.</summary>
[Authorize(Policy = Permissions.ManageChatflows)]
public sealed class EditModel(SurveyQueries queries, SurveyEditing surveys, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    /// <summary>The chatflows whose draft or published version asks this survey.</summary>
    public IReadOnlyList<string> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(Id, cancellationToken) is not { } survey)
        {
            return NotFound();
        }

        Input = SurveyInput.From(survey);
        UsedBy = survey.UsedBy;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await queries.FindAsync(Id, cancellationToken) is not { } survey)
        {
            return NotFound();
        }

        UsedBy = survey.UsedBy;
        Input.ForgetBindingErrors(ModelState);
        SurveyInput.AddErrors(ModelState, await surveys.SaveAsync(Id, Input.Name ?? "", Input.ToSettings(), onlyCreate: false, cancellationToken), words);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.SurveysSaved(Input.Name!.Trim()));
        return RedirectToPage("Library");
    }
}
