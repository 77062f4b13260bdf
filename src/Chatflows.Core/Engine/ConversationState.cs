using NodaTime;

namespace Chatflows.Core.Engine;

/// <summary>
/// Everything the engine needs to continue a conversation: stored with the conversation after each
/// turn and handed back on the next. Immutable: a turn returns a new state.
/// </summary>
public sealed record ConversationState
{
    public ConversationStatus Status { get; init; } = ConversationStatus.Active;

    /// <summary>The question (action id) waiting for the visitor's answer.</summary>
    public string? WaitingOn { get; init; }

    /// <summary>Conversation variables, e.g. answers saved by questions. Keys are case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = Empty;

    /// <summary>What is known of the contact; kept current within a turn so later branches see new values.</summary>
    public IReadOnlyDictionary<string, string> Contact { get; init; } = Empty;

    /// <summary>What is known of the contact's company.</summary>
    public IReadOnlyDictionary<string, string> Company { get; init; } = Empty;

    /// <summary>The visitor's most recent valid answer.</summary>
    public string? LastAnswer { get; init; }

    /// <summary>When the visitor or the bot last spoke; drives the session timeout (O2).</summary>
    public Instant LastActivity { get; init; }

    /// <summary>True once the flow reached an end; such a conversation never restarts on timeout (O2).</summary>
    public bool Completed { get; init; }

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A new conversation's state, keeping what is known about the contact.</summary>
    public static ConversationState Start(IReadOnlyDictionary<string, string>? contact, IReadOnlyDictionary<string, string>? company, Instant now) => new()
    {
        Contact = Copy(contact),
        Company = Copy(company),
        LastActivity = now,
    };

    internal static Dictionary<string, string> Copy(IReadOnlyDictionary<string, string>? source) =>
        source is null ? new(StringComparer.OrdinalIgnoreCase) : new(source, StringComparer.OrdinalIgnoreCase);
}
