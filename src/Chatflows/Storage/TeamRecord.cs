namespace Chatflows.Storage;

/// <summary>
/// A team (an inbox, in HubSpot's words): a named group of users that hand-off, ticket assignment and
/// meetings route to (round robin among its available members).
/// </summary>
public sealed class TeamRecord
{
    /// <summary>A slug, stable in recipes and chatflow settings (e.g. <c>support</c>).</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
