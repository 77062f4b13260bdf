namespace Chatflows.Visitors.Contracts;

/// <param name="WelcomeMessage">Already personalised for the visitor (B7), plain text.</param>
public sealed record WidgetChatflow(
    string Id, string Language, string WelcomeMessage, IReadOnlyList<WidgetQuickReply> WelcomeQuickReplies,
    int TypingDelayMs, int SessionTimeoutMinutes, string ErrorMessage, WidgetDisplay Display, WidgetConsent Consent);
