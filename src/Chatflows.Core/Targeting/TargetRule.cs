using System.Text.Json.Serialization;

namespace Chatflows.Core.Targeting;

/// <summary>
/// One test on the page or the visitor (T1–T4). Rules are plain data that the admin edits and the
/// chatflow document stores; <see cref="TargetingEvaluator"/> gives them meaning and
/// <see cref="TargetingValidator"/> refuses the ones that cannot mean anything.
/// </summary>
public sealed record TargetRule
{
    private static readonly TargetOperator[] TextOperators =
    [
        TargetOperator.Is, TargetOperator.IsNot, TargetOperator.Contains, TargetOperator.DoesNotContain,
        TargetOperator.StartsWith, TargetOperator.EndsWith, TargetOperator.MatchesPattern,
    ];

    private static readonly TargetOperator[] NamedValueOperators = [.. TextOperators, TargetOperator.Exists, TargetOperator.DoesNotExist];

    private static readonly TargetOperator[] VisitorOperators = [TargetOperator.IsKnown, TargetOperator.IsUnknown];

    private static readonly TargetOperator[] DeviceOperators = [TargetOperator.IsDesktop, TargetOperator.IsMobile];

    public TargetRuleKind Kind { get; init; } = TargetRuleKind.WebsiteUrl;

    public TargetOperator Operator { get; init; } = TargetOperator.Is;

    /// <summary>The query parameter (T2) or contact property (T4) to read; the other kinds ignore it.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The text to compare with, for the text operators. For a website URL, a value starting with "/"
    /// is compared with the page's path only, anything else with the full URL without fragment.
    /// </summary>
    public string? Value { get; init; }

    /// <summary>The operators a kind understands; the admin offers these and the validator refuses others.</summary>
    public static IReadOnlyList<TargetOperator> OperatorsFor(TargetRuleKind kind) => kind switch
    {
        TargetRuleKind.WebsiteUrl => TextOperators,
        TargetRuleKind.QueryParameter or TargetRuleKind.ContactProperty => NamedValueOperators,
        TargetRuleKind.Visitor => VisitorOperators,
        TargetRuleKind.Device => DeviceOperators,
        _ => [],
    };

    // The derived properties are [JsonIgnore]: the document stores only what the editor chose.
    /// <summary>Whether <see cref="Operator"/> applies to <see cref="Kind"/>; a rule where it does not never holds.</summary>
    [JsonIgnore]
    public bool HasValidOperator => OperatorsFor(Kind).Contains(Operator);

    /// <summary>Whether the rule compares with <see cref="Value"/>.</summary>
    [JsonIgnore]
    public bool NeedsValue => TextOperators.Contains(Operator);

    /// <summary>Whether the rule reads a named parameter or property.</summary>
    [JsonIgnore]
    public bool NeedsName => Kind is TargetRuleKind.QueryParameter or TargetRuleKind.ContactProperty;
}
