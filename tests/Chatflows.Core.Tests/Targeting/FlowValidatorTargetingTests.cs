using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Flows.TestFlow;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

/// <summary>Publishing goes through <see cref="FlowValidator"/>, so a broken targeting rule must stop it there.</summary>
public sealed class FlowValidatorTargetingTests
{
    private readonly FlowValidator _validator = new TestEngine().Validator;

    [Fact]
    public void A_bad_targeting_rule_is_an_error_on_the_flow()
    {
        var flow = Create(Say("hello", "Hello")) with
        {
            Targeting = AnyOf(Group(Url(StartsWith, "/pricing"), Url(Is, "pricing"))),
        };

        var findings = _validator.Validate(flow);

        var finding = Assert.Single(findings);
        Assert.Equal("targeting.rule", finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Null(finding.ActionId);
        Assert.Equal("targeting.groups[0].rules[1].value", finding.Field);
    }

    [Fact]
    public void Sound_targeting_adds_no_findings()
    {
        var flow = Create(Say("hello", "Hello")) with
        {
            Targeting = AnyOf(Group(Url(StartsWith, "/pricing"))) with { Exclusions = [Device(IsMobile)] },
        };

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }
}
