using Microsoft.AspNetCore.DataProtection;

namespace Chatflows.Mail;

/// <summary>
/// The signed link in a reply by mail that brings the visitor back into their conversation: the page they
/// chatted on with <c>#chatflows-resume={token}</c> (docs/embedding.md). The token names the conversation
/// and its visitor, is signed with the site's Data Protection keys and expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class ConversationResumeLinks(IDataProtectionProvider protection, TimeProvider time)
{
    public const string Fragment = "chatflows-resume";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Chatflows.Mail.ConversationResume").ToTimeLimitedDataProtector();

    public string Token(string conversationId, string visitorId) =>
        _protector.Protect($"{conversationId}|{visitorId}", time.GetUtcNow() + Lifetime);

    /// <summary>The page address with the fragment the widget reads.</summary>
    public string Link(string pageUrl, string conversationId, string visitorId)
    {
        var hash = pageUrl.IndexOf('#', StringComparison.Ordinal);
        var page = hash >= 0 ? pageUrl[..hash] : pageUrl;
        return $"{page}#{Fragment}={Uri.EscapeDataString(Token(conversationId, visitorId))}";
    }

    /// <summary>The conversation and visitor a token names; null when it is forged, altered or expired.</summary>
    public (string ConversationId, string VisitorId)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var value = _protector.Unprotect(token, out var expires);
            var parts = value.Split('|', 2);
            return parts.Length == 2 && expires > time.GetUtcNow() ? (parts[0], parts[1]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
