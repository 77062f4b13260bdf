using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>Sets a property of the visitor's contact record (B2), e.g. <c>lifecyclestage = lead</c>.</summary>
public sealed class SetContactPropertyAction : BotAction<SetPropertySettings>
{
    public override string Name => "setContactProperty";

    public override string Category => "Data";

    public override IReadOnlyList<string> Outcomes { get; } = ["Done"];

    protected override IEnumerable<FieldError> Validate(SetPropertySettings settings, ActionValidationContext context) =>
        settings.Check(context);

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, SetPropertySettings settings, CancellationToken cancellationToken)
    {
        if (context.RenderValue(settings.Value) is { } value)
        {
            context.SetContactProperty(settings.Property, value);
        }
        else
        {
            context.Record(FlowEventKind.Failed, "template");
        }

        return Outcome("Done");
    }
}

/// <param name="Property">The property name, e.g. <c>lifecyclestage</c>.</param>
/// <param name="Value">The value; Liquid, so it can copy an answer: <c>{{ vars.reason }}</c>.</param>
public sealed record SetPropertySettings([property: Required] string Property = "", [property: MaxLength(1000)] string Value = "")
{
    internal IEnumerable<FieldError> Check(ActionValidationContext context)
    {
        if (!PropertyName.IsValid(Property))
        {
            yield return new FieldError("property", PropertyName.Rule);
        }

        foreach (var error in context.CheckText("value", Value))
        {
            yield return error;
        }
    }
}
