namespace Chatflows.Visitors;

/// <summary>Bound from <c>Chatflows:PageAddress</c>: what of a visitor's page address is kept with a conversation.</summary>
public sealed class PageAddressOptions
{
    /// <summary>
    /// Query parameters kept when a page address is stored; every other parameter and the fragment are dropped,
    /// so tokens and personal data in addresses (reset links, e-mail in a query) never reach the database.
    /// Default: the campaign parameters <c>utm_source</c>, <c>utm_medium</c>, <c>utm_campaign</c>, <c>utm_term</c>, <c>utm_content</c>.
    /// </summary>
    public List<string> KeptQueryParameters { get; set; } = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"];
}
