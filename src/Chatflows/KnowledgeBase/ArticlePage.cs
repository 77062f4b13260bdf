namespace Chatflows.KnowledgeBase;

/// <summary>One page of the admin's article list and how many articles match in all.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
