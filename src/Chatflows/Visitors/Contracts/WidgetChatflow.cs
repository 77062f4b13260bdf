namespace Chatflows.Visitors.Contracts;

/// <param name="WelcomeMessage">Already personalised for the visitor (B7), plain text.</param>
/// <param name="Survey">The satisfaction survey shown when the conversation ends (O9); null when the chatflow asks none.</param>
/// <param name="Help">The Help tab (K2); null when the chatflow does not search a knowledge base.</param>
/// <param name="Language">The language these texts are in: the one of <paramref name="Languages"/> the request asked for, else the base language.</param>
/// <param name="Languages">Every language the chatflow speaks, base language first (L1); send one as <c>language</c> when starting a conversation.</param>
public sealed record WidgetChatflow(
    string Id, string Language, string WelcomeMessage, IReadOnlyList<WidgetQuickReply> WelcomeQuickReplies,
    int TypingDelayMs, int SessionTimeoutMinutes, string ErrorMessage, WidgetDisplay Display, WidgetConsent Consent,
    Surveys.WidgetSurvey? Survey = null, Chatflows.KnowledgeBase.Contracts.WidgetHelp? Help = null, IReadOnlyList<string>? Languages = null);
