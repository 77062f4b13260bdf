using Chatflows.Core.Validation;

namespace Chatflows.Core.Engine;

/// <summary>
/// A bot action from the catalogue (B2). Actions are singletons, registered with
/// <c>services.AddBotAction&lt;T&gt;()</c>; they read what they need through ports and never write:
/// writes are <see cref="SideEffect"/>s the module stores with the turn. Derive from <see cref="BotAction{TSettings}"/>.
/// </summary>
public interface IBotAction
{
    /// <summary>Stable catalogue name stored in saved flows, e.g. <c>askQuestion</c>. Never rename it.</summary>
    string Name { get; }

    /// <summary>Group in the builder's "+" menu, e.g. "Messages", "Data", "Hand-off".</summary>
    string Category { get; }

    /// <summary>The record the action's JSON settings are read into.</summary>
    Type SettingsType { get; }

    /// <summary>The named outcomes branches can test, e.g. <c>Found</c> and <c>NotFound</c>.</summary>
    IReadOnlyList<string> Outcomes { get; }

    /// <summary>True when the action stops the turn to wait for the visitor (a question); a loop through one is not a spin.</summary>
    bool WaitsForVisitor { get; }

    /// <summary>Problems with the settings beyond their data annotations, e.g. invalid Liquid (B4).</summary>
    IEnumerable<FieldError> Validate(object settings, ActionValidationContext context);

    /// <summary>Runs the action; <see cref="ActionContext.Input"/> is set when the visitor answers a wait.</summary>
    ValueTask<ActionResult> ExecuteAsync(ActionContext context, object settings, CancellationToken cancellationToken);
}
