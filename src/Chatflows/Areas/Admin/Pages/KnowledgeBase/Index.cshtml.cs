using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase;

/// <summary>The articles of every knowledge base, filtered and searched (K1); publish and unpublish in place.</summary>
public sealed class IndexModel(ArticleListing listing, KnowledgeArticles articles, KnowledgeBases bases, KnowledgeCategories categories, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kb")]
    public string? KnowledgeBaseId { get; set; }

    [BindProperty(SupportsGet = true, Name = "category")]
    public string? Category { get; set; }

    /// <summary><c>published</c>, <c>draft</c>, or empty for both.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ArticlePage Articles { get; private set; } = new([], 0, 1, ArticleListing.PageSize);

    public KnowledgeBaseChoices Choices { get; private set; } = new([], new Dictionary<string, IReadOnlyList<CategoryRow>>());

    public bool Filtered => !string.IsNullOrEmpty(KnowledgeBaseId) || !string.IsNullOrEmpty(Category) || !string.IsNullOrEmpty(Status) || !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Choices = await KnowledgeBaseChoices.LoadAsync(bases, categories, cancellationToken);
        var published = Status switch { "published" => true, "draft" => (bool?)false, _ => null };
        var search = Search is { Length: > 200 } ? Search[..200] : Search;
        Articles = await listing.ListAsync(new ArticleFilter(KnowledgeBaseId, Category, published, search), PageNumber, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(long id, bool published, string? returnUrl, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(id, cancellationToken);
        if (article is null || !await articles.SetPublishedAsync(id, published, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = words.Of(published ? ValidationTexts.KbArticlePublished(article.Title) : ValidationTexts.KbArticleUnpublished(article.Title));
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
    }

    /// <summary>This list's address with one filter value changed, for the pager.</summary>
    public string PageUrl(int page) => Url.Page("Index", new { kb = KnowledgeBaseId, category = Category, status = Status, q = Search, p = page })!;
}
