using Chatflows.Core.Validation;
using Chatflows.KnowledgeBase;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Articles;

/// <summary>Asks before deleting an article: visitors' links and bot cards to it stop working.</summary>
public sealed class DeleteModel(KnowledgeArticles articles, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public ArticleDetails Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await articles.GetAsync(Id, cancellationToken) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(Id, cancellationToken);
        if (article is null || !await articles.DeleteAsync(Id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = words.Of(ValidationTexts.KbArticleDeleted(article.Title));
        return RedirectToPage("../Index");
    }
}
