namespace Chatflows.Core.Flows;

/// <summary>A button the visitor can press instead of typing; <see cref="Value"/> is what the bot receives (defaults to the label).</summary>
public sealed record QuickReply(string Label, string? Value = null)
{
    public string EffectiveValue => string.IsNullOrWhiteSpace(Value) ? Label : Value;
}
