namespace Chatflows.Storage;

/// <summary>A person the bot talked to: what they told it, as property bags (contact and company).</summary>
public sealed class ContactRecord
{
    public long Id { get; set; }

    /// <summary>The anonymous visitor this contact was first seen as.</summary>
    public string? VisitorId { get; set; }

    /// <summary>Copied from the properties for lookup; identification (O10) matches on it.</summary>
    public string? Email { get; set; }

    public string PropertiesJson { get; set; } = "{}";

    public string CompanyPropertiesJson { get; set; } = "{}";

    /// <summary>Created by a chatflow that marks its contacts as marketing contacts (O8).</summary>
    public bool IsMarketingContact { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
