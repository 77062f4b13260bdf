namespace Chatflows.Visitors.Contracts;

/// <summary>The body of <c>POST /chatflows/api/visitor/resume</c>: the token of a mail's resume link.</summary>
public sealed record ResumeRequest(string? Token);
