namespace Chatflows.Storage;

/// <summary>A person the bot talked to: what they told it, as property bags (contact and company).</summary>
public sealed class ContactRecord
{
    public long Id { get; set; }

    /// <summary>The anonymous visitor this contact was first seen as.</summary>
    public string? VisitorId { get; set; }

    /// <summary>
    /// Copied from the <c>email</c> property for lookup and display. Unverified: a visitor may type anyone's
    /// address into the bot, so nothing that trusts an identity matches on it.
    /// </summary>
    public string? Email { get; set; }

    /// <summary>
    /// The address a valid identity token (O10) vouched for, lower-case; the only one identification matches
    /// a contact on. Null for contacts the module only heard an address from.
    /// </summary>
    public string? VerifiedEmail { get; set; }

    public string PropertiesJson { get; set; } = "{}";

    public string CompanyPropertiesJson { get; set; } = "{}";

    /// <summary>Created by a chatflow that marks its contacts as marketing contacts (O8).</summary>
    public bool IsMarketingContact { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
