using Chatflows.Core.Validation;

namespace Chatflows.Core.Channel;

/// <summary>
/// How long the site keeps what visitors left behind (GDPR storage limitation). Each period is in days; null
/// keeps forever, which is the default because only the site knows what it needs (docs/privacy.md gives
/// recommended values).
/// </summary>
public sealed record RetentionSettings
{
    public const int MaxDays = 3650;

    /// <summary>Days after a conversation closed (or ended) before it and what hangs off it are erased. Default null: keep.</summary>
    public int? ConversationsDays { get; init; }

    /// <summary>Days a consent answer is kept after it was given. Default null: keep.</summary>
    public int? ConsentsDays { get; init; }

    /// <summary>Days without a conversation after which a contact forgets the visitor id (the cookie's key). Default null: keep.</summary>
    public int? UnusedVisitorIdsDays { get; init; }

    public IEnumerable<FieldError> Validate()
    {
        foreach (var (field, days) in new[] { ("conversationsDays", ConversationsDays), ("consentsDays", ConsentsDays), ("unusedVisitorIdsDays", UnusedVisitorIdsDays) })
        {
            if (days is < 1 or > MaxDays)
            {
                yield return new FieldError(field, ValidationTexts.RetentionDays(MaxDays));
            }
        }
    }
}
