namespace Chatflows.Storage;

/// <summary>
/// A knowledge-base article (K1). The Markdown is the truth; its HTML and plain text are derived and
/// stored so pages and the index never render on a visitor's request.
/// </summary>
public sealed class KnowledgeArticleRecord
{
    public long Id { get; set; }

    public string KnowledgeBaseId { get; set; } = "";

    public long? CategoryId { get; set; }

    public KnowledgeCategoryRecord? Category { get; set; }

    public string Language { get; set; } = "en";

    /// <summary>Unique per knowledge base and language; the article's address.</summary>
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string BodyMarkdown { get; set; } = "";

    /// <summary>Sanitised HTML rendered from <see cref="BodyMarkdown"/>.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Plain text rendered from <see cref="BodyMarkdown"/>, what the index reads.</summary>
    public string BodyText { get; set; } = "";

    /// <summary>Comma-separated tags; searched with more weight than the body.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Only published articles reach visitors and the index.</summary>
    public bool Published { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Changes on every save, so two editors cannot silently overwrite each other.</summary>
    public Guid Version { get; set; }
}
