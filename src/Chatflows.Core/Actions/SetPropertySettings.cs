using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <param name="Property">The property name, e.g. <c>lifecyclestage</c>.</param>
/// <param name="Value">The value; Liquid, so it can copy an answer: <c>{{ vars.reason }}</c>.</param>
public sealed record SetPropertySettings([property: Required] string Property = "", [property: MaxLength(1000)] string Value = "")
{
    /// <summary>Stores the rendered value; a template that fails at run time stores nothing and is recorded, so an error text never becomes data.</summary>
    internal void Apply(ActionContext context, Action<string, string> set)
    {
        if (context.RenderValue(Value) is { } value)
        {
            set(Property, value);
        }
        else
        {
            context.Record(FlowEventKind.Failed, "template");
        }
    }

    internal IEnumerable<FieldError> Check(ActionValidationContext context)
    {
        if (!PropertyName.IsValid(Property))
        {
            yield return new FieldError("property", ValidationTexts.PropertyName());
        }

        foreach (var error in context.CheckText("value", Value))
        {
            yield return error;
        }
    }
}
