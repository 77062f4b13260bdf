using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>Sets a property of the company the visitor's contact belongs to (B2), e.g. <c>industry</c>.</summary>
public sealed class SetCompanyPropertyAction : BotAction<SetPropertySettings>
{
    public override string Name => "setCompanyProperty";

    public override string Category => "Data";

    public override IReadOnlyList<string> Outcomes { get; } = ["Done"];

    protected override IEnumerable<FieldError> Validate(SetPropertySettings settings, ActionValidationContext context) =>
        settings.Check(context);

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, SetPropertySettings settings, CancellationToken cancellationToken)
    {
        settings.Apply(context, context.SetCompanyProperty);
        return Outcome("Done");
    }
}
