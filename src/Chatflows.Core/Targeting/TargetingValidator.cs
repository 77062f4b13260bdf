using Chatflows.Core.Validation;
using V = Chatflows.Core.Validation.ValidationTexts;

namespace Chatflows.Core.Targeting;

/// <summary>
/// Refuses targeting an editor cannot have meant (T1–T5): operators that do not fit the rule, missing
/// names and values, URLs that are neither a path nor a web address, and patterns or rule counts large
/// enough to slow every page view. Field paths are relative to the rules, e.g. <c>groups[0].rules[1].value</c>.
/// </summary>
public static class TargetingValidator
{
    /// <summary>At most this many groups, rules per group and exclusions: every page view evaluates them all.</summary>
    public const int MaxRules = 20;

    /// <summary>Longest "matches pattern" value.</summary>
    public const int MaxPatternLength = 500;

    /// <summary>Most <c>*</c> wildcards in one pattern.</summary>
    public const int MaxWildcards = 10;

    /// <summary>Longest value of any other rule.</summary>
    public const int MaxValueLength = 2000;

    public static IReadOnlyList<FieldError> Validate(TargetingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        List<FieldError> errors = [];
        if (rules.Groups.Count > MaxRules)
        {
            errors.Add(new("groups", V.TargetGroups(MaxRules)));
        }

        for (var g = 0; g < rules.Groups.Count; g++)
        {
            var group = rules.Groups[g];
            if (group.Rules.Count == 0)
            {
                errors.Add(new($"groups[{g}].rules", V.TargetEmptyGroup(g + 1)));
            }
            else if (group.Rules.Count > MaxRules)
            {
                errors.Add(new($"groups[{g}].rules", V.TargetGroupRules(g + 1, MaxRules)));
            }

            for (var r = 0; r < group.Rules.Count; r++)
            {
                errors.AddRange(ValidateRule(group.Rules[r], $"groups[{g}].rules[{r}]"));
            }
        }

        if (rules.Exclusions.Count > MaxRules)
        {
            errors.Add(new("exclusions", V.TargetExclusions(MaxRules)));
        }

        for (var e = 0; e < rules.Exclusions.Count; e++)
        {
            errors.AddRange(ValidateRule(rules.Exclusions[e], $"exclusions[{e}]"));
        }

        return errors;
    }

    private static IEnumerable<FieldError> ValidateRule(TargetRule rule, string path)
    {
        if (!rule.HasValidOperator)
        {
            yield return new($"{path}.operator", V.TargetOperator(TargetWords.Of(rule.Kind), TargetWords.Of(rule.Operator), [.. TargetRule.OperatorsFor(rule.Kind).Select(TargetWords.Of)]));
            yield break;
        }

        if (rule.NeedsName && string.IsNullOrWhiteSpace(rule.Name))
        {
            yield return new($"{path}.name", rule.Kind == TargetRuleKind.QueryParameter ? V.TargetQueryName() : V.TargetPropertyName());
        }

        if (!rule.NeedsValue)
        {
            yield break;
        }

        var value = rule.Value?.Trim() ?? "";
        if (value.Length == 0)
        {
            yield return new($"{path}.value", V.TargetValue(TargetWords.Of(rule.Operator)));
        }
        else if (rule.Operator == TargetOperator.MatchesPattern && value.Length > MaxPatternLength)
        {
            yield return new($"{path}.value", V.TargetPatternLength(MaxPatternLength));
        }
        else if (rule.Operator == TargetOperator.MatchesPattern && value.Count(c => c == '*') > MaxWildcards)
        {
            yield return new($"{path}.value", V.TargetWildcards(MaxWildcards));
        }
        else if (value.Length > MaxValueLength)
        {
            yield return new($"{path}.value", V.TargetValueLength(MaxValueLength));
        }
        else if (rule.Kind == TargetRuleKind.WebsiteUrl && rule.Operator is TargetOperator.Is or TargetOperator.IsNot or TargetOperator.StartsWith && !IsPathOrWebAddress(value))
        {
            yield return new($"{path}.value", V.TargetUrl());
        }
    }

    private static bool IsPathOrWebAddress(string value) =>
        value.StartsWith('/')
        || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}
