using Chatflows.Core.Targeting;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class VisitorRuleTests
{
    private static readonly PageVisit Customer = Visit("https://example.com/", known: true, contact:
        [("LifecycleStage", "Customer"), ("company", "Acme Corp"), ("fax", " ")]);

    [Theory]
    [InlineData(IsKnown, true, null, true)]
    [InlineData(IsKnown, false, "jo@example.com", true)]
    [InlineData(IsKnown, false, null, false)]
    [InlineData(IsKnown, false, "", false)]
    [InlineData(IsUnknown, false, null, true)]
    [InlineData(IsUnknown, true, null, false)]
    [InlineData(IsUnknown, false, "jo@example.com", false)]
    public void A_known_contact_is_identified_or_has_an_email(TargetOperator op, bool identified, string? email, bool expected)
    {
        (string, string)[] contact = email is null ? [] : [("Email", email)];
        var visit = Visit("https://example.com/", known: identified, contact: contact);

        var holds = Holds(Visitor(op), visit);

        Assert.Equal(expected, holds);
    }

    [Theory]
    [InlineData("lifecyclestage", Is, "customer", true)]
    [InlineData("lifecyclestage", Is, "lead", false)]
    [InlineData("lifecyclestage", IsNot, "lead", true)]
    [InlineData("lifecyclestage", IsNot, "customer", false)]
    [InlineData("company", Contains, "acme", true)]
    [InlineData("company", Contains, "globex", false)]
    [InlineData("company", DoesNotContain, "globex", true)]
    [InlineData("company", DoesNotContain, "ACME", false)]
    [InlineData("company", StartsWith, "Acme", true)]
    [InlineData("company", StartsWith, "Corp", false)]
    [InlineData("company", EndsWith, "corp", true)]
    [InlineData("company", EndsWith, "Acme", false)]
    [InlineData("company", MatchesPattern, "a*p", true)]
    [InlineData("company", MatchesPattern, "a?me", false)]
    [InlineData("COMPANY", Exists, null, true)]
    [InlineData("phone", Exists, null, false)]
    [InlineData("fax", Exists, null, false)]
    [InlineData("phone", DoesNotExist, null, true)]
    [InlineData("fax", DoesNotExist, null, true)]
    [InlineData("company", DoesNotExist, null, false)]
    [InlineData("phone", IsNot, "123", true)]
    [InlineData("phone", Is, "123", false)]
    public void Contact_property_rules_read_the_contact_ignoring_name_case(string name, TargetOperator op, string? value, bool expected)
    {
        var rule = Property(name, op, value);

        var holds = Holds(rule, Customer);

        Assert.Equal(expected, holds);
    }
}
