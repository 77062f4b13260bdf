namespace Chatflows.Visitors.Contracts;

/// <summary>What the server knows of the visitor who asks (through the consented cookie or the tab's signed id).</summary>
/// <param name="Conversation">Their conversation still going on, which the widget resumes on this page; null when none.</param>
/// <param name="Cookies">Their answer to this chatflow's cookie question in the current text version; null when not asked yet.</param>
/// <param name="DataProcessing">Their answer to the data-processing notice in the current text version; null when not asked yet.</param>
public sealed record WidgetVisitor(ConversationSummary? Conversation, bool? Cookies, bool? DataProcessing);
