using Chatflows.Core.Targeting;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>What the Target tab needs beyond <see cref="TargetWords"/>: which kinds an operator applies to.</summary>
public static class TargetLabels
{
    /// <summary>The kinds an operator applies to, space-separated, for the script that narrows the operator list.</summary>
    public static string KindsFor(TargetOperator op) =>
        string.Join(' ', Enum.GetValues<TargetRuleKind>().Where(k => TargetRule.OperatorsFor(k).Contains(op)));
}
