namespace Chatflows.KnowledgeBase;

/// <summary>How the module links to articles on the site.</summary>
public sealed class KnowledgeBaseOptions
{
    /// <summary>
    /// Address of an article's public page, with <c>{slug}</c> and <c>{language}</c> filled in; shared in
    /// search results and bot cards. Default: <c>/help/{slug}?lang={language}</c>.
    /// </summary>
    public string ArticleUrl { get; set; } = "/help/{slug}?lang={language}";
}
