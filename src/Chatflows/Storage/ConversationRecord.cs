namespace Chatflows.Storage;

/// <summary>One visitor's conversation with a chatflow, and the engine state to continue it.</summary>
public sealed class ConversationRecord
{
    /// <summary>Unguessable (128 random bits, base64url), so ids cannot be enumerated.</summary>
    public string Id { get; set; } = "";

    public string ChatflowId { get; set; } = "";

    /// <summary>The published version the conversation runs.</summary>
    public int FlowVersion { get; set; }

    /// <summary>The anonymous visitor it belongs to; only they may read it.</summary>
    public string VisitorId { get; set; } = "";

    public long? ContactId { get; set; }

    public string Status { get; set; } = ConversationStatuses.Active;

    /// <summary>The engine's <c>ConversationState</c> as JSON.</summary>
    public string StateJson { get; set; } = "{}";

    /// <summary>Sequence number of the last message; the next message gets LastSeq + 1.</summary>
    public long LastSeq { get; set; }

    /// <summary>The last <see cref="MessageRecord.VisitorSeq"/> given out; moves with <see cref="LastSeq"/> under its concurrency check.</summary>
    public long LastVisitorSeq { get; set; }

    /// <summary>
    /// The last message (by <see cref="MessageRecord.Seq"/>) the visitor has read in the widget, by its read receipt (M1):
    /// the inbox shows agents "Seen" there. Only ever moves forward.
    /// </summary>
    public long VisitorReadSeq { get; set; }

    /// <summary>
    /// The language the conversation speaks (L1): one of its chatflow's, chosen when it started. Null for conversations
    /// from before chatflows had translations, which speak the base language.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>Preview conversations (B6) are kept apart from analytics.</summary>
    public bool IsPreview { get; set; }

    public string? PageUrl { get; set; }

    /// <summary>The e-mail address the site vouched for with a verified identity token (O10) when the conversation started; mail may go there.</summary>
    public string? VerifiedEmail { get; set; }

    /// <summary>The agent the conversation was handed to (P2).</summary>
    public string? AssignedUserId { get; set; }

    public string? AssignedTeamId { get; set; }

    /// <summary>When the current agent got it; hand-off routes round robin to whoever got one least recently.</summary>
    public DateTime? AssignedUtc { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime LastActivityUtc { get; set; }
}
