namespace Chatflows.Storage;

/// <summary>
/// A chatflow: its draft and published documents stored whole as JSON (like an Orchard content item),
/// plus the columns lists and targeting need to query without reading documents.
/// </summary>
public sealed class ChatflowRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Language { get; set; } = "en";

    public string Binding { get; set; } = "inbox";

    /// <summary>What editors work on; may be unfinished.</summary>
    public string DraftJson { get; set; } = "{}";

    /// <summary>Changes on every draft save, so two editors cannot silently overwrite each other.</summary>
    public Guid DraftVersion { get; set; }

    /// <summary>What visitors get; null until first published (P1).</summary>
    public string? PublishedJson { get; set; }

    /// <summary>Counts publications; conversations remember which one they run.</summary>
    public int PublishedVersion { get; set; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>The on/off switch (P1): only published and enabled chatflows reach visitors.</summary>
    public bool Enabled { get; set; }

    /// <summary>Explicit order when several chatflows match a page (T6); lower wins.</summary>
    public int Priority { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Who saved the draft last, so a concurrency conflict can say who changed it.</summary>
    public string? UpdatedBy { get; set; }

    /// <summary>Who published last, for the list.</summary>
    public string? PublishedBy { get; set; }
}
