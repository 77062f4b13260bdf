namespace Chatflows.Storage;

/// <summary>A visitor's satisfaction rating of one conversation (O9); at most one per conversation.</summary>
public sealed class SurveyResponseRecord
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    public string ChatflowId { get; set; } = "";

    /// <summary>The library survey the chatflow asked (O9); null for a chatflow's own survey and for answers stored before the library.</summary>
    public string? SurveyId { get; set; }

    /// <summary>The agent the conversation was with when rated; null when only the bot answered.</summary>
    public string? AgentUserId { get; set; }

    /// <summary>1 to 5; thumbs are stored as 1 (down) and 5 (up).</summary>
    public int Rating { get; set; }

    /// <summary><c>stars</c> or <c>thumbs</c>: the scale the visitor was shown.</summary>
    public string Scale { get; set; } = "stars";

    public string? Comment { get; set; }

    public DateTime CreatedUtc { get; set; }
}
