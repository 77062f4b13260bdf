using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>Sends one bot message and goes on (B2). The text may be personalised with Liquid (B7).</summary>
public sealed class SendMessageAction : BotAction<SendMessageSettings>
{
    public override string Name => "sendMessage";

    public override string Category => "Messages";

    public override IReadOnlyList<string> Outcomes { get; } = ["Done"];

    protected override IEnumerable<FieldError> Validate(SendMessageSettings settings, ActionValidationContext context) =>
        context.CheckText("text", settings.Text);

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, SendMessageSettings settings, CancellationToken cancellationToken)
    {
        context.Say(settings.Text);
        return Outcome("Done");
    }
}
