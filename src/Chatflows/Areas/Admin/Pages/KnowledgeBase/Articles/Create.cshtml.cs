using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase;
using Chatflows.KnowledgeBase.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Articles;

public sealed class CreateModel(KnowledgeArticles articles, KnowledgeBases bases, KnowledgeCategories categories, ArticleRenderer renderer, EditorTexts words)
    : PageModel, IArticleEditor
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public KnowledgeBaseChoices Choices { get; private set; } = new([], new Dictionary<string, IReadOnlyList<CategoryRow>>());

    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? kb, CancellationToken cancellationToken)
    {
        Choices = await KnowledgeBaseChoices.LoadAsync(bases, categories, cancellationToken);
        if (Choices.Bases.Count == 0)
        {
            return RedirectToPage("../Bases/Create");
        }

        var chosen = Choices.Bases.FirstOrDefault(b => b.Id == kb) ?? Choices.Bases[0];
        Input = new ArticleForm { KnowledgeBaseId = chosen.Id, Language = chosen.Language ?? "en" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (result, id) = await articles.CreateAsync(Input.ToInput() with { ExpectedVersion = null }, cancellationToken);
        if (!result.Succeeded)
        {
            FieldErrors.AddTo(ModelState, result.Errors, words);
            Choices = await KnowledgeBaseChoices.LoadAsync(bases, categories, cancellationToken);
            return Page();
        }

        TempData["Notice"] = words.Of(Input.Published ? ValidationTexts.KbArticlePublished(Input.Title.Trim()) : ValidationTexts.KbArticleCreatedDraft(Input.Title.Trim()));
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Choices = await KnowledgeBaseChoices.LoadAsync(bases, categories, cancellationToken);
        PreviewHtml = renderer.Render(Input.Body ?? "").Html;
        return Page();
    }

    public IActionResult OnPostRender(string? body) => ArticlePreview.Render(renderer, body);
}
