using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Bases;

/// <summary>A knowledge base's name and language, and its categories: add, rename, reorder, delete when empty.</summary>
public sealed class EditModel(KnowledgeBases bases, KnowledgeCategories categories, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public KnowledgeBaseForm Input { get; set; } = new();

    public IReadOnlyList<CategoryRow> Categories { get; private set; } = [];

    public string Name { get; private set; } = "";

    /// <summary>A problem with one category's form, shown next to that category.</summary>
    public (long Id, string Message)? CategoryError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await bases.FindAsync(Id, cancellationToken) is not { } knowledgeBase)
        {
            return NotFound();
        }

        Input = new KnowledgeBaseForm { Id = knowledgeBase.Id, Name = knowledgeBase.Name, Language = knowledgeBase.Language };
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await bases.FindAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        var errors = await bases.SaveAsync(Id, Input.Name ?? "", string.IsNullOrEmpty(Input.Language) ? null : Input.Language, cancellationToken);
        if (errors.Count > 0)
        {
            FieldErrors.AddTo(ModelState, errors, words);
            return await ShowAsync(cancellationToken);
        }

        return Done(ValidationTexts.KbSaved(Input.Name?.Trim() ?? ""));
    }

    public async Task<IActionResult> OnPostAddCategoryAsync(string? categoryName, string? categorySlug, CancellationToken cancellationToken)
    {
        if (await bases.FindAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        var errors = await categories.CreateAsync(Id, categorySlug, categoryName ?? "", cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error.Field == "slug" ? "categorySlug" : "categoryName", words.Of(error));
            }

            return await ReloadAsync(cancellationToken);
        }

        return Done(ValidationTexts.KbCategoryAdded(categoryName!.Trim()));
    }

    public async Task<IActionResult> OnPostRenameCategoryAsync(long categoryId, string? name, CancellationToken cancellationToken)
    {
        var errors = await categories.RenameAsync(categoryId, name ?? "", cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            CategoryError = (categoryId, words.Of(errors[0]));
            return await ReloadAsync(cancellationToken);
        }

        return Done(ValidationTexts.KbCategoryRenamed(name!.Trim()));
    }

    public async Task<IActionResult> OnPostMoveCategoryAsync(long categoryId, int step, CancellationToken cancellationToken) =>
        await categories.MoveAsync(categoryId, step, cancellationToken) ? Done(ValidationTexts.KbCategoryMoved()) : NotFound();

    public async Task<IActionResult> OnPostDeleteCategoryAsync(long categoryId, CancellationToken cancellationToken)
    {
        var errors = await categories.DeleteAsync(categoryId, cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count > 0)
        {
            CategoryError = (categoryId, words.Of(errors[0]));
            return await ReloadAsync(cancellationToken);
        }

        return Done(ValidationTexts.KbCategoryDeleted());
    }

    private RedirectToPageResult Done(TextMessage notice)
    {
        TempData["Notice"] = words.Of(notice);
        return RedirectToPage("Edit", new { Id });
    }

    // A category form failed: the knowledge-base form shows what is stored, not what was posted with it.
    private async Task<IActionResult> ReloadAsync(CancellationToken cancellationToken)
    {
        var knowledgeBase = (await bases.FindAsync(Id, cancellationToken))!;
        Input = new KnowledgeBaseForm { Id = knowledgeBase.Id, Name = knowledgeBase.Name, Language = knowledgeBase.Language };
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Name = (await bases.FindAsync(Id, cancellationToken))?.Name ?? Id;
        Categories = await categories.ListAsync(Id, cancellationToken);
        return Page();
    }
}
