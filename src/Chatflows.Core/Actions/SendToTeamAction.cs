using Chatflows.Core.Engine;
using Chatflows.Core.Ports;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>
/// Hands the conversation to the team or the whole inbox (B2). The module assigns it round robin among
/// available agents below their limit (W7). With nobody to take it, <c>Unavailable</c>.
/// </summary>
public sealed class SendToTeamAction(ITeamRoster roster) : BotAction<SendToTeamSettings>
{
    public override string Name => "sendToTeam";

    public override string Category => "Hand-off";

    public override IReadOnlyList<string> Outcomes { get; } = ["HandedOff", "Unavailable"];

    protected override IEnumerable<FieldError> Validate(SendToTeamSettings settings, ActionValidationContext context) =>
        context.CheckText("message", settings.Message).Concat(context.CheckText("unavailableMessage", settings.UnavailableMessage));

    protected override async ValueTask<ActionResult> ExecuteAsync(ActionContext context, SendToTeamSettings settings, CancellationToken cancellationToken)
    {
        var members = await roster.GetMembersAsync(settings.TeamId, cancellationToken);
        if (context.Availability != TeamAvailability.Available || !members.Any(m => m.CanTakeAChat))
        {
            if (!string.IsNullOrWhiteSpace(settings.UnavailableMessage))
            {
                context.Say(settings.UnavailableMessage);
            }

            return ActionResult.WithOutcome("Unavailable");
        }

        context.Say(settings.Message);
        context.Request(new HandOff(null, settings.TeamId));
        return ActionResult.HandOff("HandedOff");
    }
}
