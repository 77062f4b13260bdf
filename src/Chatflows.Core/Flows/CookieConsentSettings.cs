namespace Chatflows.Core.Flows;

/// <summary>The cookie banner (O6).</summary>
public sealed record CookieConsentSettings
{
    /// <summary>Ask before setting the visitor cookie. Default true; when false the chat stays cookieless.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>When the banner shows. Default <see cref="CookieConsentTiming.BeforeChat"/>.</summary>
    public CookieConsentTiming When { get; init; } = CookieConsentTiming.BeforeChat;

    /// <summary>The banner text; empty means the built-in text in the chatflow's language ("reset to default").</summary>
    public string Text { get; init; } = "";
}
