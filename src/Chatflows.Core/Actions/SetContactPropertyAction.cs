using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>Sets a property of the visitor's contact record (B2), e.g. <c>lifecyclestage = lead</c>.</summary>
public sealed class SetContactPropertyAction : BotAction<SetContactPropertySettings>
{
    public override string Name => "setContactProperty";

    public override string Category => "Data";

    public override IReadOnlyList<string> Outcomes { get; } = ["Done"];

    protected override IEnumerable<FieldError> Validate(SetContactPropertySettings settings, ActionValidationContext context) =>
        settings.AsProperty().Check(context);

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, SetContactPropertySettings settings, CancellationToken cancellationToken)
    {
        settings.AsProperty().Apply(context, context.SetContactProperty);
        return Outcome("Done");
    }
}
