using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Engine;

/// <summary>What an action's validation may consult: the flow and the Liquid checker.</summary>
public sealed class ActionValidationContext(Chatflow flow, MessageTemplates templates)
{
    public Chatflow Flow { get; } = flow;

    /// <summary>An error when <paramref name="text"/> is not valid Liquid (B7); nothing for null or valid text.</summary>
    public IEnumerable<FieldError> CheckText(string field, string? text)
    {
        if (text is not null && templates.Check(text) is { } error)
        {
            yield return new FieldError(field, ValidationTexts.TextTemplate(error));
        }
    }
}
