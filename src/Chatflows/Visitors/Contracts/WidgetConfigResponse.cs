namespace Chatflows.Visitors.Contracts;

/// <summary>What the widget shows on a page: the winning chatflow (null: no bot here), the channel's look, availability.</summary>
/// <param name="Language">Language of the widget's own texts (O4): the chatflow's, else the browser's, else English.</param>
/// <param name="VisitorKnown">True when the visitor is a known contact (O10, T4): consent banners may differ.</param>
public sealed record WidgetConfigResponse(
    WidgetChatflow? Chatflow, WidgetChannel Channel, WidgetAvailability Availability, string Language, bool VisitorKnown);

/// <param name="WelcomeMessage">Already personalised for the visitor (B7), plain text.</param>
public sealed record WidgetChatflow(
    string Id, string Language, string WelcomeMessage, IReadOnlyList<WidgetQuickReply> WelcomeQuickReplies,
    int TypingDelayMs, int SessionTimeoutMinutes, string ErrorMessage);

public sealed record WidgetQuickReply(string Label, string Value);

/// <summary>The chat heading and look (W1, W2).</summary>
public sealed record WidgetChannel(string AccentColor, string HeadingName, string AvatarUrl);

/// <summary>What to show about availability (W6, W7): state, instruction for the widget, and the words.</summary>
/// <param name="State"><c>available</c>, <c>away</c>, <c>offline</c> or <c>atCapacity</c>.</param>
/// <param name="Instruction"><c>showResponseTime</c>, <c>showAwayMessage</c>, <c>showBackAt</c>, <c>hideLauncher</c>, <c>showWaitMessage</c> or <c>none</c>.</param>
/// <param name="NextOpeningLocal">"Monday 09:00" in the visitor's time zone, for "back at …".</param>
public sealed record WidgetAvailability(
    string State, string Instruction, string? Message, string TypicalResponseTime, DateTimeOffset? NextOpening, string? NextOpeningLocal);
