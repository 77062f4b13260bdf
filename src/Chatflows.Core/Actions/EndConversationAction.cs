using Chatflows.Core.Engine;
using Chatflows.Core.Validation;

namespace Chatflows.Core.Actions;

/// <summary>Ends the conversation (B2), optionally with a goodbye; the widget then offers the survey and a new conversation.</summary>
public sealed class EndConversationAction : BotAction<EndConversationSettings>
{
    public override string Name => "endConversation";

    public override string Category => "Flow";

    public override IReadOnlyList<string> Outcomes { get; } = ["Ended"];

    protected override IEnumerable<FieldError> Validate(EndConversationSettings settings, ActionValidationContext context) =>
        context.CheckText("message", settings.Message);

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, EndConversationSettings settings, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(settings.Message))
        {
            context.Say(settings.Message);
        }

        return ValueTask.FromResult(ActionResult.EndConversation("Ended"));
    }
}
