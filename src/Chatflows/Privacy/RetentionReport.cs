namespace Chatflows.Privacy;

/// <summary>What one retention run removed.</summary>
public sealed record RetentionReport(int Conversations, int Consents, int VisitorIdsForgotten);
