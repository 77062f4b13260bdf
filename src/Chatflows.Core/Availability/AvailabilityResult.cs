using Chatflows.Core.Engine;
using NodaTime;

namespace Chatflows.Core.Availability;

/// <summary>
/// The team's availability at one instant and what the widget should show for it (W5–W7). The state is
/// what branches test (B3) and hand-off honours; the instruction is what the visitor sees.
/// </summary>
/// <param name="State">Available, away, offline or at capacity.</param>
/// <param name="Instruction">The one thing the widget shows.</param>
/// <param name="TypicalResponseTime">The configured response time, for <see cref="WidgetInstruction.ShowResponseTime"/>.</param>
public sealed record AvailabilityResult(TeamAvailability State, WidgetInstruction Instruction, TypicalResponseTime TypicalResponseTime)
{
    /// <summary>The away, offline or wait message to show; null when the instruction needs none.</summary>
    public string? Message { get; init; }

    /// <summary>When the team opens next; only set with <see cref="WidgetInstruction.ShowBackAt"/>.</summary>
    public Instant? NextOpening { get; init; }

    /// <summary>
    /// <see cref="NextOpening"/> in the visitor's time zone, not the site's, e.g. <c>"Monday 03:00"</c>
    /// (with the date, <c>"Monday 5 January 09:00"</c>, when it is a week or more away); invariant English.
    /// </summary>
    public string? NextOpeningLocal { get; init; }

    /// <summary>The visitor's time zone <see cref="NextOpeningLocal"/> is in, e.g. <c>America/New_York</c>.</summary>
    public string? NextOpeningZone { get; init; }
}
