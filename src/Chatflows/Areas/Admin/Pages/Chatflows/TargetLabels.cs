using Chatflows.Core.Targeting;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>How the Target tab words rule kinds and operators.</summary>
public static class TargetLabels
{
    public static string Of(TargetRuleKind kind) => kind switch
    {
        TargetRuleKind.WebsiteUrl => "Website URL",
        TargetRuleKind.QueryParameter => "Query parameter",
        TargetRuleKind.Visitor => "Visitor",
        TargetRuleKind.ContactProperty => "Contact property",
        TargetRuleKind.Device => "Device",
        _ => kind.ToString(),
    };

    public static string Of(TargetOperator op) => op switch
    {
        TargetOperator.Is => "is",
        TargetOperator.IsNot => "is not",
        TargetOperator.Contains => "contains",
        TargetOperator.DoesNotContain => "does not contain",
        TargetOperator.StartsWith => "starts with",
        TargetOperator.EndsWith => "ends with",
        TargetOperator.MatchesPattern => "matches pattern (* and ?)",
        TargetOperator.Exists => "exists",
        TargetOperator.DoesNotExist => "does not exist",
        TargetOperator.IsKnown => "is a known contact",
        TargetOperator.IsUnknown => "is an unknown visitor",
        TargetOperator.IsDesktop => "is on desktop",
        TargetOperator.IsMobile => "is on mobile",
        _ => op.ToString(),
    };

    /// <summary>The kinds an operator applies to, space-separated, for the script that narrows the operator list.</summary>
    public static string KindsFor(TargetOperator op) =>
        string.Join(' ', Enum.GetValues<TargetRuleKind>().Where(k => TargetRule.OperatorsFor(k).Contains(op)));
}
