using Chatflows.Core.Targeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class PageVisitTests
{
    [Fact]
    public void A_relative_url_is_refused_because_its_path_would_be_a_guess()
    {
        var relative = new Uri("/pricing", UriKind.Relative);

        var create = () => new PageVisit { Url = relative };

        Assert.Throws<ArgumentException>(create);
    }

    [Fact]
    public void A_visit_without_contact_data_is_an_unknown_visitor_on_desktop()
    {
        var visit = new PageVisit { Url = new Uri("https://example.com/") };

        var known = TargetingEvaluator.Instance.Matches(TestTargeting.AnyOf(TestTargeting.Group(TestTargeting.Visitor(TargetOperator.IsKnown))), visit);

        Assert.Equal(DeviceType.Desktop, visit.Device);
        Assert.Empty(visit.Contact);
        Assert.False(known);
    }
}
