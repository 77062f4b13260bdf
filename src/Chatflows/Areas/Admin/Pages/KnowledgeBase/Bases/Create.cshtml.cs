using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Bases;

/// <summary>
/// Creates a knowledge base (K1). The chatflow settings link here with a local <c>returnUrl</c> (C3): after
/// creating, the editor goes back there with <c>createdKnowledgeBase={id}</c> added, so it can be preselected.
/// </summary>
public sealed class CreateModel(KnowledgeBases bases, EditorTexts words) : PageModel
{
    [BindProperty]
    public KnowledgeBaseForm Input { get; set; } = new() { Language = "en" };

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = string.IsNullOrWhiteSpace(Input.Id) ? ArticleSlugs.FromTitle(Input.Name, 64) : Input.Id.Trim();
        var errors = await bases.CreateAsync(id, Input.Name ?? "", string.IsNullOrEmpty(Input.Language) ? null : Input.Language, cancellationToken);
        if (errors.Count > 0)
        {
            FieldErrors.AddTo(ModelState, errors, words);
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.KbCreated(Input.Name?.Trim() ?? ""));
        return Url.IsLocalUrl(ReturnUrl)
            ? LocalRedirect(QueryHelpers.AddQueryString(ReturnUrl, "createdKnowledgeBase", id))
            : RedirectToPage("Edit", new { id });
    }
}
