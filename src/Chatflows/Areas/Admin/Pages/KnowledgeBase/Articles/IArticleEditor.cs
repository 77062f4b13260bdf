namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Articles;

/// <summary>What the shared article fields (<c>_ArticleFields</c>) need from the create and edit pages.</summary>
public interface IArticleEditor
{
    ArticleForm Input { get; }

    KnowledgeBaseChoices Choices { get; }

    /// <summary>Sanitised HTML of the body when the editor asked for a preview without script.</summary>
    string? PreviewHtml { get; }
}
