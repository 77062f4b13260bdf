namespace Chatflows.Visitors;

/// <summary>A visitor opening a conversation with a chatflow.</summary>
/// <param name="Preview">The builder's preview (B6): runs the draft and is left out of analytics.</param>
/// <param name="TimeZone">The visitor's IANA time zone, known valid, for meeting times.</param>
/// <param name="VerifiedEmail">The address of a verified identity (O10), to which mail may go.</param>
/// <param name="Language">The language(s) the visitor asked for (BCP 47); the chatflow's languages decide (L1).</param>
public sealed record StartConversation(
    string ChatflowId, string VisitorId, string? PageUrl = null, long? ContactId = null, bool Preview = false, string? TimeZone = null, string? VerifiedEmail = null,
    string? Language = null);
