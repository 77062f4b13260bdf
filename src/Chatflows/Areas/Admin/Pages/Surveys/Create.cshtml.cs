using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>
/// Adds a survey to the library (O9, "create a new one"). A chatflow's Options tab links here with a local
/// <c>returnUrl</c>: after adding, the editor goes back there with <c>createdSurvey={id}</c>, picked on the form.
/// </summary>
[Authorize(Policy = Permissions.ManageChatflows)]
public sealed class CreateModel(SurveyEditing surveys, EditorTexts words) : PageModel
{
    [BindProperty]
    public SurveyInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input.ForgetBindingErrors(ModelState);
        var (id, errors) = await surveys.CreateAsync(Input.Name ?? "", Input.ToSettings(), cancellationToken);
        SurveyInput.AddErrors(ModelState, errors, words);
        if (id is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.SurveysAdded(Input.Name!.Trim()));
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(QueryHelpers.AddQueryString(ReturnUrl, "createdSurvey", id)) : RedirectToPage("Library");
    }
}
