using System.ComponentModel.DataAnnotations;

namespace Chatflows.Core.Flows;

/// <summary>A button the visitor can press instead of typing; <see cref="Value"/> is what the bot receives (defaults to the label).</summary>
/// <param name="Label">What the button says.</param>
/// <param name="Value">What is stored and what branches compare; empty means the label.</param>
public sealed record QuickReply(
    [property: Display(Name = "Label")] string Label,
    [property: Display(Name = "Stored value")] string? Value = null)
{
    public string EffectiveValue => string.IsNullOrWhiteSpace(Value) ? Label : Value;
}
