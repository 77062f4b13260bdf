using Chatflows.Core.Flows;
using Chatflows.Core.Tests.TestPorts;
using static Chatflows.Core.Tests.Flows.TestFlow;

namespace Chatflows.Core.Tests.Flows;

public sealed class DisplaySettingsValidationTests
{
    private readonly FlowValidator _validator = new TestEngine().Validator;

    [Fact]
    public void Default_display_and_consent_have_no_findings()
    {
        var flow = Create(Say("hello", "Hello"));

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
        Assert.Equal(DisplayBehavior.LauncherThenWelcome, flow.Display.DesktopBehavior);
        Assert.Empty(flow.Display.Triggers);
        Assert.True(flow.Consent.CookieConsent.Enabled);
        Assert.Equal(DataProcessingType.Explicit, flow.Consent.DataProcessing.Type);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(601)]
    public void Time_on_page_outside_1_to_600_seconds_is_reported(int seconds)
    {
        var flow = Create(Say("hello", "Hello")) with { Display = new() { Triggers = [DisplayTrigger.TimeOnPage], Seconds = seconds } };

        var findings = _validator.Validate(flow);

        var finding = Assert.Single(findings);
        Assert.Equal(("flow.display", "display.seconds"), (finding.Code, finding.Field));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Scroll_percentage_outside_1_to_100_is_reported(int percent)
    {
        var flow = Create(Say("hello", "Hello")) with { Display = new() { Triggers = [DisplayTrigger.ScrollPercentage], Percent = percent } };

        var findings = _validator.Validate(flow);

        var finding = Assert.Single(findings);
        Assert.Equal(("flow.display", "display.percent"), (finding.Code, finding.Field));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(600, 100)]
    public void Bounds_of_seconds_and_percent_are_accepted(int seconds, int percent)
    {
        var flow = Create(Say("hello", "Hello")) with { Display = new() { Seconds = seconds, Percent = percent } };

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }

    [Fact]
    public void Mobile_cannot_open_the_chat_on_trigger()
    {
        var flow = Create(Say("hello", "Hello")) with { Display = new() { MobileBehavior = DisplayBehavior.OpenOnTrigger } };

        var findings = _validator.Validate(flow);

        var finding = Assert.Single(findings);
        Assert.Equal(("flow.display", "display.mobileBehavior"), (finding.Code, finding.Field));
    }

    [Fact]
    public void Desktop_may_open_the_chat_on_trigger()
    {
        var flow = Create(Say("hello", "Hello")) with { Display = new() { DesktopBehavior = DisplayBehavior.OpenOnTrigger, Triggers = [DisplayTrigger.ExitIntent] } };

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }

    [Fact]
    public void Privacy_policy_link_must_be_http()
    {
        var flow = Create(Say("hello", "Hello")) with
        {
            Consent = new() { DataProcessing = new() { PrivacyPolicyUrl = "javascript:alert(1)" } },
        };

        var findings = _validator.Validate(flow);

        var finding = Assert.Single(findings);
        Assert.Equal("consent.dataProcessing.privacyPolicyUrl", finding.Field);
    }

    [Fact]
    public void Display_settings_round_trip_as_camel_case_json()
    {
        var flow = Create(Say("hello", "Hello")) with
        {
            Display = new() { DesktopBehavior = DisplayBehavior.OpenOnTrigger, Triggers = [DisplayTrigger.ScrollPercentage], Percent = 40 },
        };

        var json = FlowJson.Serialize(flow);

        Assert.Contains("\"desktopBehavior\":\"openOnTrigger\"", json, StringComparison.Ordinal);
        Assert.Contains("\"trigger\":\"scrollPercentage\"", json, StringComparison.Ordinal);
        Assert.Equal(flow.Display, FlowJson.Deserialize(json).Display);
    }
}
