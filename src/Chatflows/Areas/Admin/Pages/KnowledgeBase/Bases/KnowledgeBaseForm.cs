namespace Chatflows.Areas.Admin.Pages.KnowledgeBase.Bases;

/// <summary>The fields of the knowledge-base form.</summary>
public sealed class KnowledgeBaseForm
{
    /// <summary>Made from the name when left empty on create; fixed afterwards, because chatflows refer to it.</summary>
    public string? Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Empty for a knowledge base with articles in several languages.</summary>
    public string? Language { get; set; }
}
