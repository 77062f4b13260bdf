using Chatflows.KnowledgeBase.Articles;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Articles;

/// <summary>
/// The editor's live preview: the same renderer and sanitiser visitors get, so what the editor sees is what
/// is published. Answered as JSON for the page's script; bad input is a 400 problem, never a 500.
/// </summary>
internal static class ArticlePreview
{
    public static IActionResult Render(ArticleRenderer renderer, string? body)
    {
        if (body is { Length: > Chatflows.KnowledgeBase.ArticleValidation.MaxBodyLength })
        {
            return new ObjectResult(new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["body"] = [$"Use at most {Chatflows.KnowledgeBase.ArticleValidation.MaxBodyLength} characters."],
            }) { Status = StatusCodes.Status400BadRequest })
            { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
        }

        return new JsonResult(new { html = renderer.Render(body ?? "").Html });
    }
}
