using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Tests.TestActions;

/// <summary>
/// A site's own bot action, defined outside the module: says a variable back. Proves the catalogue is
/// open (B2): registering it is all it takes for flows, branches and validation to know it.
/// </summary>
public sealed class EchoAction : BotAction<EchoSettings>
{
    public override string Name => "echo";

    public override string Category => "Tests";

    public override IReadOnlyList<string> Outcomes { get; } = ["Echoed", "Empty"];

    protected override IEnumerable<FieldError> Validate(EchoSettings settings, ActionValidationContext context)
    {
        if (!PropertyName.IsValid(settings.Variable))
        {
            yield return new("variable", PropertyName.Rule);
        }

        foreach (var error in context.CheckText("prefix", settings.Prefix))
        {
            yield return error;
        }
    }

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, EchoSettings settings, CancellationToken cancellationToken)
    {
        if (!PropertyName.IsValid(settings.Variable) || string.IsNullOrWhiteSpace(context.Variable(settings.Variable)))
        {
            return Outcome("Empty");
        }

        // The value goes through Liquid as a variable, never as template text: a visitor who types
        // "{{ contact.email }}" must see exactly that echoed.
        context.Say($"{settings.Prefix}{{{{ vars.{settings.Variable} }}}}");
        return Outcome("Echoed");
    }
}
