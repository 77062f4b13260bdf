using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>
/// Creates a ticket in the chatflow's pipeline and status (B2, C4), linked to the conversation and the
/// contact. The reference is known at once, so the confirmation can quote it: <c>{{ vars.ticket_reference }}</c>.
/// </summary>
public sealed class CreateTicketAction : BotAction<CreateTicketSettings>
{
    public override string Name => "createTicket";

    public override string Category => "Hand-off";

    public override IReadOnlyList<string> Outcomes { get; } = ["Created"];

    protected override IEnumerable<FieldError> Validate(CreateTicketSettings settings, ActionValidationContext context) =>
        context.CheckText("subject", settings.Subject)
            .Concat(context.CheckText("description", settings.Description))
            .Concat(context.CheckText("confirmation", settings.Confirmation));

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, CreateTicketSettings settings, CancellationToken cancellationToken)
    {
        var reference = context.NewReference();
        context.SetVariable("ticket_reference", reference);
        context.Request(new CreateTicket(
            reference,
            settings.Pipeline ?? context.Flow.Tickets.Pipeline,
            settings.Status ?? context.Flow.Tickets.Status,
            context.RenderValue(settings.Subject) ?? settings.Subject,
            context.RenderValue(settings.Description) ?? settings.Description));
        context.Record(FlowEventKind.TicketCreated, reference);
        if (!string.IsNullOrWhiteSpace(settings.Confirmation))
        {
            context.Say(settings.Confirmation);
        }

        return Outcome("Created");
    }
}
