using Microsoft.AspNetCore.DataProtection;

namespace Chatflows.Mail;

/// <summary>The one-click unsubscribe address of a reply mail (RFC 8058): the recipient's address, signed, in the path.</summary>
public sealed class MailUnsubscribeLinks(IDataProtectionProvider protection, MailLinks links)
{
    public const string Path = "/chatflows/mail/unsubscribe";

    private readonly IDataProtector _protector = protection.CreateProtector("Chatflows.Mail.Unsubscribe");

    public string Link(string address) => links.Absolute($"{Path}/{_protector.Protect(address.Trim().ToLowerInvariant())}");

    /// <summary>The address a token names; null when it is forged or altered.</summary>
    public string? Read(string token)
    {
        if (token.Length > 2000)
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
