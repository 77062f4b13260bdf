using Chatflows.Core.Targeting;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class TargetingEvaluatorTests
{
    private static readonly TargetingEvaluator Evaluator = TargetingEvaluator.Instance;
    private static readonly DateTime January = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("https://other.example.org/deep/page?x=1")]
    public void No_groups_means_every_page(string url)
    {
        var rules = new TargetingRules();

        var matches = Evaluator.Matches(rules, Visit(url));

        Assert.True(matches);
    }

    [Theory]
    [InlineData("https://example.com/pricing", DeviceType.Desktop, true)]
    [InlineData("https://example.com/pricing", DeviceType.Mobile, false)]
    [InlineData("https://example.com/blog", DeviceType.Desktop, false)]
    public void Rules_in_a_group_must_all_hold(string url, DeviceType device, bool expected)
    {
        var rules = AnyOf(Group(Url(StartsWith, "/pricing"), Device(IsDesktop)));

        var matches = Evaluator.Matches(rules, Visit(url, device));

        Assert.Equal(expected, matches);
    }

    [Theory]
    [InlineData("https://example.com/pricing", false, true)]
    [InlineData("https://example.com/blog", true, true)]
    [InlineData("https://example.com/blog", false, false)]
    public void Any_one_group_may_hold(string url, bool known, bool expected)
    {
        var rules = AnyOf(Group(Url(Is, "/pricing")), Group(Visitor(IsKnown)));

        var matches = Evaluator.Matches(rules, Visit(url, known: known));

        Assert.Equal(expected, matches);
    }

    [Theory]
    [InlineData("https://example.com/privacy", DeviceType.Desktop, false)]
    [InlineData("https://example.com/privacy/", DeviceType.Desktop, false)]
    [InlineData("https://example.com/pricing", DeviceType.Mobile, false)]
    [InlineData("https://example.com/pricing", DeviceType.Desktop, true)]
    public void An_exclusion_that_holds_always_wins(string url, DeviceType device, bool expected)
    {
        var rules = AnyOf(Group(Url(StartsWith, "/")), Group(Url(Is, "/privacy"))) with
        {
            Exclusions = [Url(Is, "/privacy"), Device(IsMobile)],
        };

        var matches = Evaluator.Matches(rules, Visit(url, device));

        Assert.Equal(expected, matches);
    }

    [Fact]
    public void An_exclusion_also_narrows_every_page_targeting()
    {
        var rules = new TargetingRules { Exclusions = [Url(Is, "/privacy")] };

        var matches = Evaluator.Matches(rules, Visit("https://example.com/privacy"));

        Assert.False(matches);
    }

    [Fact]
    public void A_rule_whose_operator_does_not_fit_its_kind_never_holds()
    {
        var broken = Device(Is);
        var visit = Visit("https://example.com/");

        var shownByGroup = Evaluator.Matches(AnyOf(Group(broken)), visit);
        var hiddenByExclusion = !Evaluator.Matches(new TargetingRules { Exclusions = [broken] }, visit);

        Assert.False(shownByGroup);
        Assert.False(hiddenByExclusion);
    }

    [Fact]
    public void Lower_priority_wins_over_a_more_specific_flow()
    {
        var broad = Candidate("broad", AnyOf(), priority: 1);
        var exact = Candidate("exact", AnyOf(Group(Url(Is, "/pricing"))), priority: 2);

        var winner = PickWinner("https://example.com/pricing", exact, broad);

        Assert.Equal("broad", winner?.ChatflowId);
    }

    [Theory]
    [InlineData("https://example.com/pricing", "exact")]
    [InlineData("https://example.com/pricing/plans", "long-prefix")]
    [InlineData("https://example.com/pro", "short-prefix")]
    [InlineData("https://example.com/blog", "everywhere")]
    public void At_equal_priority_the_most_specific_matching_flow_wins(string url, string expected)
    {
        TargetCandidate[] candidates =
        [
            Candidate("everywhere", AnyOf()),
            Candidate("short-prefix", AnyOf(Group(Url(StartsWith, "/pr")))),
            Candidate("long-prefix", AnyOf(Group(Url(StartsWith, "/pricing")))),
            Candidate("exact", AnyOf(Group(Url(Is, "/pricing")))),
        ];

        var winner = PickWinner(url, candidates);

        Assert.Equal(expected, winner?.ChatflowId);
    }

    [Fact]
    public void Specificity_counts_the_best_matching_group()
    {
        var twoRules = Candidate("two-rules", AnyOf(Group(Url(Contains, "pric"), Device(IsDesktop))), created: January.AddDays(1));
        var bestGroup = Candidate("best-group", AnyOf(Group(Url(Contains, "blog")), Group(Url(Is, "/pricing"))), created: January.AddDays(2));

        var winner = PickWinner("https://example.com/pricing", twoRules, bestGroup);

        Assert.Equal("best-group", winner?.ChatflowId);
    }

    [Fact]
    public void At_equal_priority_and_specificity_the_oldest_wins()
    {
        var newer = Candidate("a-newer", AnyOf(), created: January.AddDays(1));
        var older = Candidate("z-older", AnyOf(), created: January);

        var winner = PickWinner("https://example.com/", newer, older);

        Assert.Equal("z-older", winner?.ChatflowId);
    }

    [Theory]
    [InlineData("b-flow", "a-flow", "a-flow")]
    [InlineData("a-flow", "B-flow", "B-flow")]
    public void A_full_tie_goes_to_the_ordinal_first_id(string first, string second, string expected)
    {
        var winner = PickWinner("https://example.com/", Candidate(first, AnyOf()), Candidate(second, AnyOf()));

        Assert.Equal(expected, winner?.ChatflowId);
    }

    [Fact]
    public void The_winner_does_not_depend_on_the_order_of_candidates()
    {
        TargetCandidate[] candidates =
        [
            Candidate("c", AnyOf(Group(Url(StartsWith, "/pricing")))),
            Candidate("a", AnyOf(Group(Url(StartsWith, "/pricing")))),
            Candidate("b", AnyOf(Group(Url(StartsWith, "/pricing")))),
        ];

        var forward = PickWinner("https://example.com/pricing", candidates);
        var backward = PickWinner("https://example.com/pricing", [.. candidates.Reverse()]);

        Assert.Equal("a", forward?.ChatflowId);
        Assert.Equal("a", backward?.ChatflowId);
    }

    [Fact]
    public void An_excluded_flow_never_wins()
    {
        var excluded = Candidate("first-choice", new TargetingRules { Exclusions = [Device(IsMobile)] }, priority: 0);
        var fallback = Candidate("fallback", AnyOf(Group(Device(IsMobile))), priority: 9);

        var winner = Evaluator.PickWinner([excluded, fallback], Visit("https://example.com/", DeviceType.Mobile));

        Assert.Equal("fallback", winner?.ChatflowId);
    }

    [Fact]
    public void No_matching_flow_means_no_winner()
    {
        var pricing = Candidate("pricing", AnyOf(Group(Url(Is, "/pricing"))));

        var winner = PickWinner("https://example.com/blog", pricing);

        Assert.Null(winner);
    }

    private static TargetCandidate Candidate(string id, TargetingRules rules, int priority = 5, DateTime? created = null) =>
        new(id, rules, priority, created ?? January);

    private static TargetCandidate? PickWinner(string url, params TargetCandidate[] candidates) =>
        Evaluator.PickWinner(candidates, Visit(url));
}
