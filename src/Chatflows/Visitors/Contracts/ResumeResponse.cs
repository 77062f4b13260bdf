namespace Chatflows.Visitors.Contracts;

/// <summary>The conversation a resume link names, and the signed visitor id that now reaches it.</summary>
/// <param name="VisitorId">A newly signed id for the conversation's visitor, to send as <c>X-Chatflows-Visitor</c>.</param>
public sealed record ResumeResponse(string ConversationId, string ChatflowId, string Status, string VisitorId);
