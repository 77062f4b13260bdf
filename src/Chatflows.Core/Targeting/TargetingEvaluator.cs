namespace Chatflows.Core.Targeting;

/// <summary>
/// Decides whether a chatflow shows on a page (T1–T5) and which one wins when several do (T6). It runs
/// on every page view, so it does no I/O and parses the visit once per call; it holds only a cache of
/// compiled patterns, which makes one shared <see cref="Instance"/> safe.
/// </summary>
public sealed class TargetingEvaluator
{
    private readonly GlobPatterns _patterns = new();

    /// <summary>The shared evaluator; it keeps no per-visit state.</summary>
    public static TargetingEvaluator Instance { get; } = new();

    /// <summary>Whether the bot shows on the page: no exclusion holds, and there are no groups or one holds entirely.</summary>
    public bool Matches(TargetingRules rules, PageVisit visit) => Specificity(rules, new VisitFacts(visit)) is not null;

    /// <summary>
    /// The one chatflow to show (T6), or null when none matches. Deterministic so a page never flips
    /// between bots: lowest <see cref="TargetCandidate.Priority"/>, then the most specific matching group
    /// (a narrowly targeted bot beats a catch-all), then the oldest, then the id in ordinal order.
    /// </summary>
    public TargetCandidate? PickWinner(IEnumerable<TargetCandidate> candidates, PageVisit visit)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var facts = new VisitFacts(visit);
        TargetCandidate? winner = null;
        var winnerScore = 0;
        foreach (var candidate in candidates)
        {
            if (Specificity(candidate.Rules, facts) is { } score && (winner is null || Beats(candidate, score, winner, winnerScore)))
            {
                winner = candidate;
                winnerScore = score;
            }
        }

        return winner;
    }

    private static bool Beats(TargetCandidate candidate, int score, TargetCandidate winner, int winnerScore)
    {
        if (candidate.Priority != winner.Priority)
        {
            return candidate.Priority < winner.Priority;
        }

        if (score != winnerScore)
        {
            return score > winnerScore;
        }

        if (candidate.CreatedUtc != winner.CreatedUtc)
        {
            return candidate.CreatedUtc < winner.CreatedUtc;
        }

        return string.CompareOrdinal(candidate.ChatflowId, winner.ChatflowId) < 0;
    }

    // Null when the bot does not show; otherwise the score of its best matching group (0 for "everywhere").
    private int? Specificity(TargetingRules rules, VisitFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Exclusions.Any(rule => Holds(rule, facts)))
        {
            return null;
        }

        if (rules.Groups.Count == 0)
        {
            return 0;
        }

        int? best = null;
        foreach (var group in rules.Groups)
        {
            if (group.Rules.All(rule => Holds(rule, facts)))
            {
                var score = group.Rules.Sum(Specificity);
                best = best is null ? score : Math.Max(best.Value, score);
            }
        }

        return best;
    }

    // An exact value says more about the page than a fragment of one; longer prefixes and suffixes say
    // more than short ones, capped so they never outrank an exact match.
    private static int Specificity(TargetRule rule) => rule.Operator switch
    {
        TargetOperator.Is => 100,
        TargetOperator.StartsWith or TargetOperator.EndsWith => 50 + Math.Min((rule.Value?.Trim().Length) ?? 0, 40),
        TargetOperator.MatchesPattern => 30,
        TargetOperator.Contains => 20,
        _ => 10,
    };

    // A rule whose operator does not fit its kind (a hand-edited document) never holds: as a group rule
    // it hides the bot, as an exclusion it hides nothing; the validator refuses it before publishing.
    private bool Holds(TargetRule rule, VisitFacts facts)
    {
        if (!rule.HasValidOperator)
        {
            return false;
        }

        return rule.Kind switch
        {
            TargetRuleKind.WebsiteUrl => HoldsForUrl(rule, facts),
            TargetRuleKind.QueryParameter => HoldsForText(rule.Operator, facts.QueryParameter(rule.Name), rule.Value),
            TargetRuleKind.ContactProperty => HoldsForText(rule.Operator, facts.ContactProperty(rule.Name), rule.Value),
            TargetRuleKind.Visitor => (rule.Operator == TargetOperator.IsKnown) == facts.IsKnownContact,
            TargetRuleKind.Device => (rule.Operator == TargetOperator.IsMobile) == (facts.Device == DeviceType.Mobile),
            _ => false,
        };
    }

    // "/pricing" means the path on any host and query; "https://shop.example.com/pricing" pins the host.
    // Is/IsNot forgive a trailing slash because /pricing and /pricing/ are the same page to an editor.
    private bool HoldsForUrl(TargetRule rule, VisitFacts facts)
    {
        var value = Uri.UnescapeDataString(rule.Value?.Trim() ?? "");
        var page = value.StartsWith('/') ? facts.Path : facts.FullUrl;
        return rule.Operator is TargetOperator.Is or TargetOperator.IsNot
            ? HoldsForText(rule.Operator, WithoutTrailingSlash(page), WithoutTrailingSlash(value))
            : HoldsForText(rule.Operator, page, value);
    }

    // A missing parameter or property is not equal to, and does not contain, anything: the negative
    // operators hold for it, so "utm_source is not google" includes visitors without a campaign.
    private bool HoldsForText(TargetOperator op, string? actual, string? expected)
    {
        var value = expected?.Trim() ?? "";
        return op switch
        {
            TargetOperator.Exists => actual is not null,
            TargetOperator.DoesNotExist => actual is null,
            TargetOperator.IsNot => !HoldsForText(TargetOperator.Is, actual, value),
            TargetOperator.DoesNotContain => !HoldsForText(TargetOperator.Contains, actual, value),
            _ when actual is null => false,
            TargetOperator.Is => string.Equals(actual.Trim(), value, StringComparison.OrdinalIgnoreCase),
            TargetOperator.Contains => actual.Contains(value, StringComparison.OrdinalIgnoreCase),
            TargetOperator.StartsWith => actual.StartsWith(value, StringComparison.OrdinalIgnoreCase),
            TargetOperator.EndsWith => actual.EndsWith(value, StringComparison.OrdinalIgnoreCase),
            TargetOperator.MatchesPattern => _patterns.IsMatch(value, actual),
            _ => false,
        };
    }

    private static string WithoutTrailingSlash(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? url.TrimEnd('/') : string.Concat(url.AsSpan(0, query).TrimEnd('/'), url.AsSpan(query));
    }
}
