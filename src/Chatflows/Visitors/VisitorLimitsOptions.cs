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

    /// <summary>Conversations one client address (IPv4 address or IPv6 /64) may start per minute, whatever visitor ids it sends. Default 30.</summary>
    public int StartsPerMinutePerIp { get; set; } = 30;

    /// <summary>Consent answers one client address may record per minute. Default 60.</summary>
    public int ConsentsPerMinutePerIp { get; set; } = 60;

    /// <summary>Typing signals one visitor may send per minute (the widget sends one every few seconds while typing). Default 30.</summary>
    public int TypingPerMinutePerVisitor { get; set; } = 30;

    /// <summary>Typing signals one client address may send per minute. Default 300.</summary>
    public int TypingPerMinutePerIp { get; set; } = 300;

    /// <summary>Event streams one visitor may hold open at once (a few tabs). Default 5.</summary>
    public int StreamsPerVisitor { get; set; } = 5;

    /// <summary>Event streams one client address may hold open at once (offices share one). Default 100.</summary>
    public int StreamsPerIp { get; set; } = 100;
}
