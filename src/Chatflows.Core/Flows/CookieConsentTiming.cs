namespace Chatflows.Core.Flows;

/// <summary>When the cookie banner asks (O6).</summary>
public enum CookieConsentTiming
{
    /// <summary>Before the chat starts.</summary>
    BeforeChat,

    /// <summary>When the pointer leaves through the top of the window.</summary>
    OnExitIntent,
}
