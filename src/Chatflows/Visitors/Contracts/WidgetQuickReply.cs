namespace Chatflows.Visitors.Contracts;

public sealed record WidgetQuickReply(string Label, string Value);
