namespace Chatflows.Visitors.Contracts;

/// <param name="WelcomeMessage">Already personalised for the visitor (B7), plain text.</param>
/// <param name="Survey">The satisfaction survey shown when the conversation ends (O9); null when the chatflow asks none.</param>
public sealed record WidgetChatflow(
    string Id, string Language, string WelcomeMessage, IReadOnlyList<WidgetQuickReply> WelcomeQuickReplies,
    int TypingDelayMs, int SessionTimeoutMinutes, string ErrorMessage, WidgetDisplay Display, WidgetConsent Consent,
    Surveys.WidgetSurvey? Survey = null);
