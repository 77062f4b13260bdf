namespace Chatflows.Mail;

/// <summary>A file attached to a mail, e.g. the meeting's <c>invite.ics</c>.</summary>
/// <param name="ContentType">The full MIME type with parameters, e.g. <c>text/calendar; method=REQUEST; charset=utf-8</c>.</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
