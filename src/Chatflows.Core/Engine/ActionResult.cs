namespace Chatflows.Core.Engine;

/// <summary>How an action finished: with a named outcome, waiting for the visitor, or ending the conversation.</summary>
public readonly record struct ActionResult(ActionResultKind Kind, string? Outcome)
{
    public static ActionResult WithOutcome(string outcome) => new(ActionResultKind.Outcome, outcome);

    public static ActionResult WaitForVisitor { get; } = new(ActionResultKind.Wait, null);

    public static ActionResult EndConversation(string outcome) => new(ActionResultKind.End, outcome);

    public static ActionResult HandOff(string outcome) => new(ActionResultKind.HandOff, outcome);
}
