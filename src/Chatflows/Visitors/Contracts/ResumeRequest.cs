namespace Chatflows.Visitors.Contracts;

/// <summary>The body of <c>POST /chatflows/api/visitor/resume</c>: the token of a mail's resume link.</summary>
public sealed record ResumeRequest(string? Token)
{
    /// <summary>Far above a real token's length; a longer one is not ours.</summary>
    public const int MaxTokenLength = 2000;
}
