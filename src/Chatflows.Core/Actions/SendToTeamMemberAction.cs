using Chatflows.Core.Engine;
using Chatflows.Core.Ports;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>
/// Hands the conversation to one person (B2): only an agent, only while the team is within working
/// hours, only when they are available and below their chat limit. Otherwise <c>Unavailable</c>, so the
/// flow can ask for an e-mail or create a ticket instead.
/// </summary>
public sealed class SendToTeamMemberAction(ITeamRoster roster) : BotAction<SendToTeamMemberSettings>
{
    public override string Name => "sendToTeamMember";

    public override string Category => "Hand-off";

    public override IReadOnlyList<string> Outcomes { get; } = ["HandedOff", "Unavailable"];

    protected override IEnumerable<FieldError> Validate(SendToTeamMemberSettings settings, ActionValidationContext context) =>
        context.CheckText("message", settings.Message).Concat(context.CheckText("unavailableMessage", settings.UnavailableMessage));

    protected override async ValueTask<ActionResult> ExecuteAsync(ActionContext context, SendToTeamMemberSettings settings, CancellationToken cancellationToken)
    {
        var members = await roster.GetMembersAsync(null, cancellationToken);
        var member = members.FirstOrDefault(m => m.UserId == settings.UserId);
        if (member is null || !member.CanTakeAChat || context.Availability == TeamAvailability.Offline)
        {
            if (!string.IsNullOrWhiteSpace(settings.UnavailableMessage))
            {
                context.Say(settings.UnavailableMessage);
            }

            return ActionResult.WithOutcome("Unavailable");
        }

        context.SetVariable("agent_name", member.Name);
        context.Say(settings.Message);
        context.Request(new HandOff(member.UserId, null));
        return ActionResult.HandOff("HandedOff");
    }
}
