namespace Chatflows.Mail;

/// <summary>How the SMTP connection is protected.</summary>
public enum MailSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS; refused when the server cannot.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS, usually port 465).</summary>
    Tls,

    /// <summary>STARTTLS when the server offers it, plain otherwise.</summary>
    StartTlsWhenAvailable,

    /// <summary>Plain; only for a relay on the same machine or in tests.</summary>
    None,
}
