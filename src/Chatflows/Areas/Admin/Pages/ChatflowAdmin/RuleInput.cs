using Chatflows.Core.Targeting;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>One targeting rule as the form edits it (T1–T4).</summary>
public sealed class RuleInput
{
    public TargetRuleKind Kind { get; set; } = TargetRuleKind.WebsiteUrl;

    public TargetOperator Operator { get; set; } = TargetOperator.Is;

    public string? Name { get; set; }

    public string? Value { get; set; }

    public static RuleInput From(TargetRule rule) => new() { Kind = rule.Kind, Operator = rule.Operator, Name = rule.Name, Value = rule.Value };

    // Only what the kind and operator use is kept, so a stale value from an earlier choice is not stored.
    public TargetRule ToRule()
    {
        var rule = new TargetRule { Kind = Kind, Operator = Operator };
        return rule with
        {
            Name = rule.NeedsName ? Name?.Trim() : null,
            Value = rule.NeedsValue ? Value?.Trim() : null,
        };
    }
}
