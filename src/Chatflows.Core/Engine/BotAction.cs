using Chatflows.Core.Validation;

namespace Chatflows.Core.Engine;

/// <summary>Base for actions with a typed settings record, in the shape of an Orchard Workflows activity.</summary>
public abstract class BotAction<TSettings> : IBotAction
    where TSettings : class
{
    public abstract string Name { get; }

    public abstract string Category { get; }

    public Type SettingsType => typeof(TSettings);

    public abstract IReadOnlyList<string> Outcomes { get; }

    public virtual bool WaitsForVisitor => false;

    IEnumerable<FieldError> IBotAction.Validate(object settings, ActionValidationContext context) =>
        Validate((TSettings)settings, context);

    ValueTask<ActionResult> IBotAction.ExecuteAsync(ActionContext context, object settings, CancellationToken cancellationToken) =>
        ExecuteAsync(context, (TSettings)settings, cancellationToken);

    protected virtual IEnumerable<FieldError> Validate(TSettings settings, ActionValidationContext context) => [];

    protected abstract ValueTask<ActionResult> ExecuteAsync(ActionContext context, TSettings settings, CancellationToken cancellationToken);

    /// <summary>Finishes with a named outcome; branches may test it, otherwise the flow goes on to <c>next</c>.</summary>
    protected static ValueTask<ActionResult> Outcome(string name) => ValueTask.FromResult(ActionResult.WithOutcome(name));

    /// <summary>Stops the turn; the visitor's next message comes back to this action as <see cref="ActionContext.Input"/>.</summary>
    protected static ValueTask<ActionResult> WaitForVisitor() => ValueTask.FromResult(ActionResult.WaitForVisitor);
}
