using Chatflows.Core.Targeting;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class QueryParameterRuleTests
{
    private static readonly PageVisit Landing =
        Visit("https://example.com/landing?utm_source=Google&utm_campaign=spring+sale&ref=a%26b%3Dc&debug&dup=first&dup=second#top");

    [Theory]
    [InlineData("utm_source", Is, "google", true)]
    [InlineData("utm_source", Is, "bing", false)]
    [InlineData("utm_source", IsNot, "bing", true)]
    [InlineData("utm_source", IsNot, "google", false)]
    [InlineData("utm_campaign", Contains, "sale", true)]
    [InlineData("utm_campaign", Contains, "winter", false)]
    [InlineData("utm_campaign", DoesNotContain, "winter", true)]
    [InlineData("utm_campaign", DoesNotContain, "spring", false)]
    [InlineData("utm_campaign", StartsWith, "spring", true)]
    [InlineData("utm_campaign", StartsWith, "sale", false)]
    [InlineData("utm_campaign", EndsWith, "sale", true)]
    [InlineData("utm_campaign", EndsWith, "spring", false)]
    [InlineData("utm_campaign", MatchesPattern, "s?ring *", true)]
    [InlineData("utm_campaign", MatchesPattern, "*winter*", false)]
    [InlineData("debug", Exists, null, true)]
    [InlineData("missing", Exists, null, false)]
    [InlineData("missing", DoesNotExist, null, true)]
    [InlineData("debug", DoesNotExist, null, false)]
    public void Each_operator_tests_the_parameter_value(string name, TargetOperator op, string? value, bool expected)
    {
        var rule = Query(name, op, value);

        var holds = Holds(rule, Landing);

        Assert.Equal(expected, holds);
    }

    [Theory]
    [InlineData(Is, false)]
    [InlineData(IsNot, true)]
    [InlineData(Contains, false)]
    [InlineData(DoesNotContain, true)]
    [InlineData(StartsWith, false)]
    [InlineData(EndsWith, false)]
    [InlineData(MatchesPattern, false)]
    public void A_missing_parameter_satisfies_only_the_negative_operators(TargetOperator op, bool expected)
    {
        var rule = Query("utm_medium", op, "*");

        var holds = Holds(rule, Landing);

        Assert.Equal(expected, holds);
    }

    [Theory]
    [InlineData("utm_campaign", "spring sale")]
    [InlineData("ref", "a&b=c")]
    [InlineData("dup", "first")]
    [InlineData("UTM_SOURCE", "GOOGLE")]
    [InlineData("debug", "")]
    public void The_query_string_is_decoded_first_key_wins_and_names_ignore_case(string name, string value)
    {
        var rule = Query(name, Is, value);

        var holds = Holds(rule, Landing);

        Assert.True(holds);
    }

    [Fact]
    public void The_fragment_is_not_part_of_the_last_parameter()
    {
        var rule = Query("dup", Is, "second#top");
        var visit = Visit("https://example.com/?dup=second#top");

        var holds = Holds(rule, visit);

        Assert.False(holds);
    }
}
