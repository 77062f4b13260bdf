using System.Diagnostics;
using Chatflows.Core.Targeting;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class WebsiteUrlRuleTests
{
    [Theory]
    [InlineData(Is, "/pricing", "https://example.com/pricing", true)]
    [InlineData(Is, "/pricing", "https://example.com/pricing/plans", false)]
    [InlineData(Is, "/", "https://example.com/", true)]
    [InlineData(Is, "/", "https://example.com/about", false)]
    [InlineData(IsNot, "/privacy", "https://example.com/pricing", true)]
    [InlineData(IsNot, "/privacy", "https://example.com/privacy", false)]
    [InlineData(Contains, "/blog/", "https://example.com/en/blog/post", true)]
    [InlineData(Contains, "/blog/", "https://example.com/news", false)]
    [InlineData(DoesNotContain, "/checkout", "https://example.com/cart", true)]
    [InlineData(DoesNotContain, "/checkout", "https://example.com/checkout/pay", false)]
    [InlineData(StartsWith, "/blog", "https://example.com/blog/post", true)]
    [InlineData(StartsWith, "/blog", "https://example.com/en/blog", false)]
    [InlineData(EndsWith, "/pricing", "https://example.com/en/pricing", true)]
    [InlineData(EndsWith, "/pricing", "https://example.com/pricing/plans", false)]
    [InlineData(MatchesPattern, "/blog/*", "https://example.com/blog/hello", true)]
    [InlineData(MatchesPattern, "/blog/*", "https://example.com/news/hello", false)]
    public void Each_operator_compares_a_path_value_with_the_page_path(TargetOperator op, string value, string url, bool expected)
    {
        var rule = Url(op, value);

        var holds = Holds(rule, Visit(url));

        Assert.Equal(expected, holds);
    }

    [Theory]
    [InlineData(Is, "/pricing", "https://example.com/pricing?plan=pro", true)]
    [InlineData(Is, "/pricing", "https://example.com/pricing#faq", true)]
    [InlineData(Is, "/pricing", "https://shop.example.org/pricing", true)]
    [InlineData(EndsWith, "/pricing", "https://example.com/pricing?plan=pro", true)]
    [InlineData(Contains, "/plan", "https://example.com/pricing?/plan=pro", false)]
    public void A_path_value_ignores_host_query_and_fragment(TargetOperator op, string value, string url, bool expected)
    {
        var rule = Url(op, value);

        var holds = Holds(rule, Visit(url));

        Assert.Equal(expected, holds);
    }

    [Theory]
    [InlineData(Is, "https://example.com/pricing", "https://example.com/pricing", true)]
    [InlineData(Is, "https://example.com/pricing", "https://shop.example.com/pricing", false)]
    [InlineData(Is, "https://example.com/pricing", "https://example.com/pricing#faq", true)]
    [InlineData(Is, "https://example.com/pricing?plan=pro", "https://example.com/pricing?plan=pro", true)]
    [InlineData(Is, "https://example.com/pricing", "https://example.com/pricing?plan=pro", false)]
    [InlineData(IsNot, "https://example.com/pricing", "https://shop.example.com/pricing", true)]
    [InlineData(StartsWith, "https://shop.example.com", "https://shop.example.com/cart", true)]
    [InlineData(StartsWith, "https://shop.example.com", "https://example.com/shop", false)]
    [InlineData(Contains, "utm_source=mail", "https://example.com/?utm_source=mail", true)]
    [InlineData(Contains, "faq", "https://example.com/pricing#faq", false)]
    [InlineData(EndsWith, ".pdf", "https://example.com/files/guide.pdf", true)]
    [InlineData(EndsWith, ".pdf", "https://example.com/files/guide.pdf?download=1", false)]
    public void A_value_without_leading_slash_is_compared_with_the_full_url_without_fragment(TargetOperator op, string value, string url, bool expected)
    {
        var rule = Url(op, value);

        var holds = Holds(rule, Visit(url));

        Assert.Equal(expected, holds);
    }

    [Theory]
    [InlineData(Is, "/pricing/", "https://example.com/pricing")]
    [InlineData(Is, "/pricing", "https://example.com/pricing/")]
    [InlineData(Is, "https://example.com/", "https://example.com")]
    [InlineData(Is, "https://example.com/pricing/?plan=pro", "https://example.com/pricing?plan=pro")]
    [InlineData(Is, "https://example.com/pricing?plan=pro", "https://example.com/pricing/?plan=pro")]
    public void Is_ignores_a_trailing_slash(TargetOperator op, string value, string url)
    {
        var rule = Url(op, value);

        var holds = Holds(rule, Visit(url));

        Assert.True(holds);
    }

    [Theory]
    [InlineData("/privacy/", "https://example.com/privacy")]
    [InlineData("/privacy", "https://example.com/privacy/")]
    public void Is_not_ignores_a_trailing_slash(string value, string url)
    {
        var rule = Url(IsNot, value);

        var holds = Holds(rule, Visit(url));

        Assert.False(holds);
    }

    [Theory]
    [InlineData(Is, "/Pricing", "https://example.com/PRICING")]
    [InlineData(Is, "HTTPS://EXAMPLE.COM/Pricing", "https://example.com/pricing")]
    [InlineData(Contains, "BLOG", "https://example.com/blog/x")]
    [InlineData(StartsWith, "/Blog", "https://example.com/blog/x")]
    [InlineData(EndsWith, "/X", "https://example.com/blog/x")]
    [InlineData(MatchesPattern, "/BLOG/*", "https://example.com/blog/x")]
    public void Comparisons_ignore_case(TargetOperator op, string value, string url)
    {
        var rule = Url(op, value);

        var holds = Holds(rule, Visit(url));

        Assert.True(holds);
    }

    [Fact]
    public void Encoded_and_plain_characters_are_the_same_page()
    {
        var rule = Url(Is, "/café");

        var holds = Holds(rule, Visit("https://example.com/caf%C3%A9"));

        Assert.True(holds);
    }

    [Theory]
    [InlineData("/blog/*", "https://example.com/blog/", true)]
    [InlineData("/blog/*", "https://example.com/blog/2026/post", true)]
    [InlineData("/blog/*", "https://example.com/blog", false)]
    [InlineData("/blog/*", "https://example.com/en/blog/post", false)]
    [InlineData("*/pricing", "https://example.com/pricing", true)]
    [InlineData("*/pricing", "https://example.com/en/pricing", true)]
    [InlineData("*/pricing", "https://example.com/pricing/plans", false)]
    [InlineData("/p?ge", "https://example.com/page", true)]
    [InlineData("/p?ge", "https://example.com/pge", false)]
    [InlineData("/p?ge", "https://example.com/paage", false)]
    [InlineData("/docs/**/intro", "https://example.com/docs/v2/guide/intro", true)]
    public void Matches_pattern_is_a_glob_over_the_whole_text(string pattern, string url, bool expected)
    {
        var rule = Url(MatchesPattern, pattern);

        var holds = Holds(rule, Visit(url));

        Assert.Equal(expected, holds);
    }

    [Theory]
    [InlineData("/a+b", "https://example.com/a+b", true)]
    [InlineData("/a+b", "https://example.com/aab", false)]
    [InlineData("/docs/(draft)*", "https://example.com/docs/(draft)-1", true)]
    [InlineData("/docs/(draft)*", "https://example.com/docs/draft-1", false)]
    [InlineData("/index.html", "https://example.com/index.html", true)]
    [InlineData("/index.html", "https://example.com/indexxhtml", false)]
    [InlineData("/[ab]", "https://example.com/a", false)]
    [InlineData("/a|b", "https://example.com/a", false)]
    [InlineData("/^x$", "https://example.com/^x$", true)]
    [InlineData("/x{2}", "https://example.com/xx", false)]
    [InlineData(@"/\d", "https://example.com/1", false)]
    public void Special_characters_in_a_pattern_are_literal(string pattern, string url, bool expected)
    {
        var rule = Url(MatchesPattern, pattern);

        var holds = Holds(rule, Visit(url));

        Assert.Equal(expected, holds);
    }

    [Fact]
    public void A_catastrophic_looking_pattern_stays_fast()
    {
        var rule = Url(MatchesPattern, "*a*a*a*a*a*a*a*a*a*b");
        var visit = Visit("https://example.com/" + new string('a', 20_000));
        var clock = Stopwatch.StartNew();

        var holds = Holds(rule, visit);

        Assert.False(holds);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Took {clock.Elapsed}.");
    }
}
