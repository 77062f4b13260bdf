namespace Chatflows.Visitors;

/// <summary>Bound from <c>Chatflows:Limits</c>: every write a visitor can cause is bounded.</summary>
public sealed class VisitorLimitsOptions
{
    /// <summary>Longest visitor message in characters. Default 2000.</summary>
    public int MaxMessageLength { get; set; } = 2000;

    /// <summary>Largest request body on the visitor API in bytes. Default 16 KiB.</summary>
    public int MaxBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Conversations one visitor may have open at once. Default 5.</summary>
    public int MaxOpenConversationsPerVisitor { get; set; } = 5;

    /// <summary>Conversations one visitor may start per minute. Default 10.</summary>
    public int StartsPerMinutePerVisitor { get; set; } = 10;

    /// <summary>Messages one visitor may send per minute. Default 60.</summary>
    public int MessagesPerMinutePerVisitor { get; set; } = 60;

    /// <summary>Knowledge-base searches and article reads one visitor (or, without an id, one IP address) may make per minute. Default 120.</summary>
    public int KnowledgeReadsPerMinutePerVisitor { get; set; } = 120;

    /// <summary>Visitor-API requests per minute from one IP address (offices share one). Default 1200.</summary>
    public int RequestsPerMinutePerIp { get; set; } = 1200;
}
