using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Flows.TestFlow;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class TargetingRulesTests
{
    [Fact]
    public void Targeting_is_stored_in_the_chatflow_document_with_camel_case_names()
    {
        var flow = Create(Say("hello", "Hello")) with
        {
            Targeting = AnyOf(Group(Query("utm_source", StartsWith, "news"))) with { Exclusions = [Device(IsMobile)] },
        };

        var json = FlowJson.Serialize(flow);
        var read = FlowJson.Deserialize(json);

        Assert.Contains("\"kind\":\"queryParameter\",\"operator\":\"startsWith\",\"name\":\"utm_source\"", json, StringComparison.Ordinal);
        Assert.Contains("\"exclusions\":[{\"kind\":\"device\",\"operator\":\"isMobile\"}]", json, StringComparison.Ordinal);
        Assert.Equal(json, FlowJson.Serialize(read));
    }

    [Fact]
    public void A_document_without_targeting_shows_on_every_page()
    {
        var json = """{ "id": "old-flow", "name": "Saved before targeting existed" }""";

        var flow = FlowJson.Deserialize(json);

        Assert.Empty(flow.Targeting.Groups);
        Assert.Empty(flow.Targeting.Exclusions);
        Assert.True(TargetingEvaluator.Instance.Matches(flow.Targeting, Visit("https://example.com/any")));
    }
}
