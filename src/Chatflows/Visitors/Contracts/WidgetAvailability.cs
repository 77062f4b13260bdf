namespace Chatflows.Visitors.Contracts;

/// <summary>What to show about availability (W6, W7): state, instruction for the widget, and the words.</summary>
/// <param name="State"><c>available</c>, <c>away</c>, <c>offline</c> or <c>atCapacity</c>.</param>
/// <param name="Instruction"><c>showResponseTime</c>, <c>showAwayMessage</c>, <c>showBackAt</c>, <c>hideLauncher</c>, <c>showWaitMessage</c> or <c>none</c>.</param>
/// <param name="NextOpeningLocal">"Monday 09:00" in the visitor's time zone, for "back at …".</param>
public sealed record WidgetAvailability(
    string State, string Instruction, string? Message, string TypicalResponseTime, DateTimeOffset? NextOpening, string? NextOpeningLocal);
