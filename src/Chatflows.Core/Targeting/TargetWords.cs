namespace Chatflows.Core.Targeting;

/// <summary>How targeting rules are worded, once: the Target tab's lists and the validator's messages say the same.</summary>
public static class TargetWords
{
    /// <summary>The rule kind as a list label ("Website URL").</summary>
    public static string Of(TargetRuleKind kind) => kind switch
    {
        TargetRuleKind.WebsiteUrl => "Website URL",
        TargetRuleKind.QueryParameter => "Query parameter",
        TargetRuleKind.Visitor => "Visitor",
        TargetRuleKind.ContactProperty => "Contact property",
        TargetRuleKind.Device => "Device",
        _ => kind.ToString(),
    };

    /// <summary>The rule kind inside a sentence ("A website URL rule…").</summary>
    public static string InSentence(TargetRuleKind kind)
    {
        var label = Of(kind);
        return char.ToLowerInvariant(label[0]) + label[1..];
    }

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
}
