using Chatflows.Core.Targeting;
using Chatflows.Core.Validation;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class TargetingValidatorTests
{
    [Fact]
    public void Sound_rules_of_every_kind_have_no_errors()
    {
        var rules = AnyOf(
            Group(Url(Is, "/pricing"), Url(StartsWith, "https://example.com/shop"), Url(IsNot, "http://example.com/"), Url(Contains, "blog")),
            Group(Url(MatchesPattern, "*" + string.Concat(Enumerable.Repeat("/x*", 9))), Query("utm_source", Is, "mail"), Query("debug", Exists)),
            Group(Visitor(IsKnown), Property("lifecyclestage", DoesNotContain, "lead"), Property("email", DoesNotExist), Device(IsMobile))) with
        {
            Exclusions = [Url(EndsWith, "/privacy"), Device(IsMobile)],
        };

        var errors = TargetingValidator.Validate(rules);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData(TargetRuleKind.WebsiteUrl, Exists)]
    [InlineData(TargetRuleKind.WebsiteUrl, IsMobile)]
    [InlineData(TargetRuleKind.QueryParameter, IsKnown)]
    [InlineData(TargetRuleKind.Visitor, Is)]
    [InlineData(TargetRuleKind.ContactProperty, IsDesktop)]
    [InlineData(TargetRuleKind.Device, Contains)]
    public void An_operator_that_does_not_fit_the_kind_is_refused(TargetRuleKind kind, TargetOperator op)
    {
        var rule = new TargetRule { Kind = kind, Operator = op, Name = "x", Value = "/x" };

        var errors = TargetingValidator.Validate(new TargetingRules { Exclusions = [Url(Is, "/ok"), rule] });

        var error = Assert.Single(errors);
        Assert.Equal("exclusions[1].operator", error.Field);
        Assert.Contains("choose one of", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TargetRuleKind.QueryParameter, null)]
    [InlineData(TargetRuleKind.ContactProperty, " ")]
    public void A_parameter_or_property_rule_needs_a_name(TargetRuleKind kind, string? name)
    {
        var rule = new TargetRule { Kind = kind, Operator = Is, Name = name, Value = "x" };

        var errors = TargetingValidator.Validate(AnyOf(Group(Url(Is, "/"), rule)));

        AssertError(errors, "groups[0].rules[1].name");
    }

    [Theory]
    [InlineData(Is)]
    [InlineData(IsNot)]
    [InlineData(Contains)]
    [InlineData(DoesNotContain)]
    [InlineData(StartsWith)]
    [InlineData(EndsWith)]
    [InlineData(MatchesPattern)]
    public void A_text_operator_needs_a_value(TargetOperator op)
    {
        var rule = Query("utm_source", op, "  ");

        var errors = TargetingValidator.Validate(AnyOf(Group(Url(Is, "/")), Group(Device(IsMobile), rule)));

        AssertError(errors, "groups[1].rules[1].value");
    }

    [Theory]
    [InlineData(501, 0)]
    [InlineData(20, 11)]
    public void A_pattern_that_is_too_long_or_too_wild_is_refused(int length, int stars)
    {
        var pattern = new string('*', stars) + new string('a', length - stars);

        var errors = TargetingValidator.Validate(AnyOf(Group(Url(MatchesPattern, pattern))));

        AssertError(errors, "groups[0].rules[0].value");
    }

    [Theory]
    [InlineData(Is, "pricing")]
    [InlineData(IsNot, "example.com/pricing")]
    [InlineData(StartsWith, "ftp://example.com/")]
    [InlineData(Is, "mailto:jo@example.com")]
    public void A_website_url_must_be_a_path_or_a_web_address(TargetOperator op, string value)
    {
        var errors = TargetingValidator.Validate(AnyOf(Group(Url(op, value))));

        var error = AssertError(errors, "groups[0].rules[0].value");
        Assert.Contains("/pricing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Contains, "pricing")]
    [InlineData(EndsWith, ".pdf")]
    public void Partial_url_operators_accept_any_text(TargetOperator op, string value)
    {
        var errors = TargetingValidator.Validate(AnyOf(Group(Url(op, value))));

        Assert.Empty(errors);
    }

    [Fact]
    public void More_than_twenty_groups_is_refused()
    {
        var groups = Enumerable.Range(0, 21).Select(_ => Group(Url(Is, "/"))).ToArray();

        var errors = TargetingValidator.Validate(AnyOf(groups));

        AssertError(errors, "groups");
    }

    [Fact]
    public void More_than_twenty_rules_in_a_group_is_refused()
    {
        var rules = Enumerable.Range(0, 21).Select(_ => Url(Contains, "a")).ToArray();

        var errors = TargetingValidator.Validate(AnyOf(Group(Url(Is, "/")), Group(rules)));

        AssertError(errors, "groups[1].rules");
    }

    [Fact]
    public void More_than_twenty_exclusions_is_refused()
    {
        var exclusions = Enumerable.Range(0, 21).Select(_ => Url(Contains, "a")).ToArray();

        var errors = TargetingValidator.Validate(new TargetingRules { Exclusions = exclusions });

        AssertError(errors, "exclusions");
    }

    [Fact]
    public void An_empty_group_is_refused_because_it_would_match_everywhere()
    {
        var errors = TargetingValidator.Validate(AnyOf(Group(Url(Is, "/pricing")), Group()));

        AssertError(errors, "groups[1].rules");
    }

    private static FieldError AssertError(IReadOnlyList<FieldError> errors, string field)
    {
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error;
    }
}
