using NodaTime;

namespace Chatflows.Core.Engine;

/// <summary>The world as the engine may see it during one turn: time, availability, and ids for new records.</summary>
/// <param name="NewReference">Makes a short unique reference (e.g. for a ticket), so replies can quote it before it is stored.</param>
public sealed record TurnEnvironment(Instant Now, TeamAvailability Availability, Func<string> NewReference)
{
    /// <summary>Preview conversations (B6) run the same flow but are not counted in analytics.</summary>
    public bool IsPreview { get; init; }

    /// <summary>The page the visitor is on, for personalisation.</summary>
    public string? PageUrl { get; init; }

    /// <summary>The conversation the turn belongs to, for actions that report it elsewhere (webhooks).</summary>
    public string? ConversationId { get; init; }
}
