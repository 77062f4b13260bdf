namespace Chatflows.Visitors.Contracts;

/// <summary>The chat heading and look (W1, W2).</summary>
public sealed record WidgetChannel(string AccentColor, string HeadingName, string AvatarUrl);
