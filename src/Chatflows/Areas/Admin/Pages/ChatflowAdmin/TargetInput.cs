using Chatflows.Core.Targeting;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>The Target tab's form (T1–T6). Property paths mirror the document, so validator fields land next to their inputs.</summary>
public sealed class TargetInput
{
    public List<GroupInput> Groups { get; set; } = [];

    public List<RuleInput> Exclusions { get; set; } = [];

    /// <summary>T3 "never on mobile": stored as a device exclusion, kept last so the other exclusions keep their positions.</summary>
    public bool ExcludeMobile { get; set; }

    public int Priority { get; set; }

    public static TargetInput From(TargetingRules rules, int priority) => new()
    {
        Groups = [.. rules.Groups.Select(g => new GroupInput { Rules = [.. g.Rules.Select(RuleInput.From)] })],
        Exclusions = [.. rules.Exclusions.Where(r => !IsMobileExclusion(r)).Select(RuleInput.From)],
        ExcludeMobile = rules.Exclusions.Any(IsMobileExclusion),
        Priority = priority,
    };

    public TargetingRules ToRules() => new()
    {
        Groups = [.. Groups.Select(g => new FilterGroup { Rules = [.. g.Rules.Select(r => r.ToRule())] })],
        Exclusions = [.. Exclusions.Select(r => r.ToRule()), .. ExcludeMobile ? [new TargetRule { Kind = TargetRuleKind.Device, Operator = TargetOperator.IsMobile }] : Array.Empty<TargetRule>()],
    };

    private static bool IsMobileExclusion(TargetRule rule) => rule is { Kind: TargetRuleKind.Device, Operator: TargetOperator.IsMobile };
}
