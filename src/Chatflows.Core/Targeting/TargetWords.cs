using System.Text.Json;
using Chatflows.Core.Text;

namespace Chatflows.Core.Targeting;

/// <summary>
/// How targeting rules are worded, once: the Target tab's lists and the validator's messages say the same, in the
/// editor's language (STYLE 31). The words are the <c>target.kind.*</c> and <c>target.op.*</c> texts, keyed by the
/// enum's stored name.
/// </summary>
public static class TargetWords
{
    /// <summary>The rule kind as a list label ("Website URL").</summary>
    public static TextMessage Of(TargetRuleKind kind) => Word("target.kind", kind.ToString());

    /// <summary>The operator as a list label ("does not contain").</summary>
    public static TextMessage Of(TargetOperator op) => Word("target.op", op.ToString());

    private static TextMessage Word(string prefix, string name) =>
        new($"{prefix}.{JsonNamingPolicy.CamelCase.ConvertName(name)}", new Dictionary<string, object>());
}
