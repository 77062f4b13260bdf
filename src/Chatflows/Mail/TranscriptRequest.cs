namespace Chatflows.Mail;

/// <summary>The body of <c>POST /chatflows/api/conversations/{id}/transcript</c>; no e-mail means the one this conversation gave.</summary>
public sealed record TranscriptRequest(string? Email);
