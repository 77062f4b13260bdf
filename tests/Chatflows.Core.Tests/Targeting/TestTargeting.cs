using Chatflows.Core.Targeting;

namespace Chatflows.Core.Tests.Targeting;

/// <summary>Builds rules and page visits so a test reads like the targeting an editor sets up.</summary>
public static class TestTargeting
{
    public static PageVisit Visit(string url, DeviceType device = DeviceType.Desktop, bool known = false, params (string Name, string Value)[] contact) => new()
    {
        Url = new Uri(url),
        Device = device,
        IsKnownContact = known,
        Contact = contact.ToDictionary(p => p.Name, p => p.Value),
    };

    public static TargetRule Url(TargetOperator op, string value) => new() { Kind = TargetRuleKind.WebsiteUrl, Operator = op, Value = value };

    public static TargetRule Query(string name, TargetOperator op, string? value = null) =>
        new() { Kind = TargetRuleKind.QueryParameter, Operator = op, Name = name, Value = value };

    public static TargetRule Property(string name, TargetOperator op, string? value = null) =>
        new() { Kind = TargetRuleKind.ContactProperty, Operator = op, Name = name, Value = value };

    public static TargetRule Visitor(TargetOperator op) => new() { Kind = TargetRuleKind.Visitor, Operator = op };

    public static TargetRule Device(TargetOperator op) => new() { Kind = TargetRuleKind.Device, Operator = op };

    public static FilterGroup Group(params TargetRule[] rules) => new() { Rules = rules };

    /// <summary>Targeting with the given groups (OR) and no exclusions.</summary>
    public static TargetingRules AnyOf(params FilterGroup[] groups) => new() { Groups = groups };

    /// <summary>Whether a chatflow targeted by this one rule shows on the page.</summary>
    public static bool Holds(TargetRule rule, PageVisit visit) => TargetingEvaluator.Instance.Matches(AnyOf(Group(rule)), visit);
}
