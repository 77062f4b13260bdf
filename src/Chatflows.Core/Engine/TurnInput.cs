namespace Chatflows.Core.Engine;

/// <summary>What the visitor did this turn: opened a conversation, or sent text (typed or a quick reply's value).</summary>
public sealed record TurnInput
{
    public bool IsStart { get; private init; }

    public string Text { get; private init; } = "";

    public static TurnInput Start { get; } = new() { IsStart = true };

    public static TurnInput Message(string text) => new() { Text = text };
}
