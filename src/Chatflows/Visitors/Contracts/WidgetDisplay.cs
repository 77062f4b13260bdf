namespace Chatflows.Visitors.Contracts;

/// <summary>When and how the widget appears (D2–D4).</summary>
/// <param name="DesktopBehavior"><c>launcherThenWelcome</c>, <c>launcherOnTrigger</c> or <c>openOnTrigger</c>.</param>
/// <param name="MobileBehavior"><c>launcherThenWelcome</c> or <c>launcherOnTrigger</c>.</param>
/// <param name="Trigger"><c>none</c>, <c>exitIntent</c>, <c>timeOnPage</c> or <c>scrollPercentage</c>.</param>
public sealed record WidgetDisplay(
    string DesktopBehavior, string MobileBehavior, string Trigger, int Seconds, int Percent, bool ShowQuickRepliesOutside, bool ShowOnlyWhenAvailable);
