using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase;
using Chatflows.KnowledgeBase.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Articles;

/// <summary>
/// Edits an article. Two editors on one article: the second save sees a conflict with their text kept,
/// and may replace the other's changes only by saying so (optimistic concurrency, never a silent overwrite).
/// </summary>
public sealed class EditModel(KnowledgeArticles articles, KnowledgeBases bases, KnowledgeCategories categories, ArticleRenderer renderer,
    IOptions<KnowledgeBaseOptions> options, EditorTexts words) : PageModel, IArticleEditor
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public KnowledgeBaseChoices Choices { get; private set; } = new([], new Dictionary<string, IReadOnlyList<CategoryRow>>());

    public string? PreviewHtml { get; private set; }

    /// <summary>Set after a conflict: the version someone else saved, which "save mine anyway" overwrites.</summary>
    public Guid? ConflictVersion { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public string? PublicUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(Id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Input = ArticleForm.From(article);
        return await ShowAsync(article, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid? overwrite, CancellationToken cancellationToken)
    {
        var input = Input.ToInput();
        var result = await articles.UpdateAsync(Id, overwrite is { } latest ? input with { ExpectedVersion = latest } : input, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Notice"] = words.Of(Input.Published ? ValidationTexts.KbArticleSavedPublished(Input.Title.Trim()) : ValidationTexts.KbArticleSavedDraft(Input.Title.Trim()));
            return RedirectToPage("Edit", new { Id });
        }

        var current = await articles.GetAsync(Id, cancellationToken);
        if (result.IsConflict)
        {
            ConflictVersion = current!.Version;
        }
        else
        {
            FieldErrors.AddTo(ModelState, result.Errors, words);
        }

        return await ShowAsync(current!, cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(Id, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        PreviewHtml = renderer.Render(Input.Body ?? "").Html;
        return await ShowAsync(article, cancellationToken);
    }

    public IActionResult OnPostRender(string? body) => ArticlePreview.Render(renderer, body);

    private async Task<IActionResult> ShowAsync(ArticleDetails article, CancellationToken cancellationToken)
    {
        Choices = await KnowledgeBaseChoices.LoadAsync(bases, categories, cancellationToken);
        UpdatedUtc = article.UpdatedUtc;
        PublicUrl = article.Published ? ArticleDocuments.Url(article.Slug, article.Language, options.Value) : null;
        return Page();
    }
}
