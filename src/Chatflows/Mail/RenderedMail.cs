namespace Chatflows.Mail;

/// <summary>A mail's words after its templates ran: the subject and the HTML and plain-text bodies.</summary>
public sealed record RenderedMail(string Subject, string Html, string Text);
