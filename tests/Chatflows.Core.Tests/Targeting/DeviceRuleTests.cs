using Chatflows.Core.Targeting;
using static Chatflows.Core.Targeting.TargetOperator;
using static Chatflows.Core.Tests.Targeting.TestTargeting;

namespace Chatflows.Core.Tests.Targeting;

public sealed class DeviceRuleTests
{
    [Theory]
    [InlineData(IsDesktop, DeviceType.Desktop, true)]
    [InlineData(IsDesktop, DeviceType.Mobile, false)]
    [InlineData(IsMobile, DeviceType.Mobile, true)]
    [InlineData(IsMobile, DeviceType.Desktop, false)]
    public void Device_rules_test_the_device_class(TargetOperator op, DeviceType device, bool expected)
    {
        var visit = Visit("https://example.com/", device);

        var holds = Holds(Device(op), visit);

        Assert.Equal(expected, holds);
    }
}
