namespace Chatflows.Mail;

/// <summary>How mail leaves the node.</summary>
public enum MailTransportKind
{
    /// <summary>Each mail is written as a <c>.eml</c> file into a folder (the demo's default: nothing to install).</summary>
    Pickup,

    /// <summary>Each mail goes to an SMTP server through MailKit.</summary>
    Smtp,
}
