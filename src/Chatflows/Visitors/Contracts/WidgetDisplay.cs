namespace Chatflows.Visitors.Contracts;

/// <summary>When and how the widget appears (D2–D4).</summary>
/// <param name="DesktopBehavior"><c>launcherThenWelcome</c>, <c>launcherOnTrigger</c> or <c>openOnTrigger</c>.</param>
/// <param name="MobileBehavior"><c>launcherThenWelcome</c> or <c>launcherOnTrigger</c>.</param>
/// <param name="Trigger">The first of <paramref name="Triggers"/>, or <c>none</c>: what loaders from before several triggers read.</param>
/// <param name="Triggers">Any of <c>exitIntent</c>, <c>timeOnPage</c> and <c>scrollPercentage</c>; the first to fire wins; empty is at once.</param>
public sealed record WidgetDisplay(
    string DesktopBehavior, string MobileBehavior, string Trigger, int Seconds, int Percent, bool ShowQuickRepliesOutside, bool ShowOnlyWhenAvailable,
    IReadOnlyList<string> Triggers);
