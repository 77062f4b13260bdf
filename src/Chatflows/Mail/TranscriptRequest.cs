namespace Chatflows.Mail;

/// <summary>The body of <c>POST /chatflows/api/conversations/{id}/transcript</c>.</summary>
public sealed record TranscriptRequest(string? Email);
