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

    [Fact]
    public void Seconds_and_percent_of_triggers_that_are_off_are_not_checked()
    {
        var flow = Create(Say("hello", "Hello")) with { Display = new() { Triggers = [DisplayTrigger.ExitIntent], Seconds = 0, Percent = 500 } };

        var findings = _validator.Validate(flow);

        Assert.Empty(findings);
    }

    [Fact]
    public void A_trigger_twice_or_none_among_the_triggers_is_reported()
    {
        var flow = Create(Say("hello", "Hello")) with { Display = new() { Triggers = [DisplayTrigger.ExitIntent, DisplayTrigger.ExitIntent] } };
        var none = Create(Say("hello", "Hello")) with { Display = new() { Triggers = [DisplayTrigger.None] } };

        var findings = _validator.Validate(flow).Concat(_validator.Validate(none)).ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("display.triggers", f.Field));
    }

    [Fact]
    public void A_document_with_one_trigger_reads_as_a_list_and_is_written_as_one()
    {
        var old = """{ "id": "old", "name": "Old", "display": { "trigger": "timeOnPage", "seconds": 30 } }""";

        var flow = FlowJson.Deserialize(old);
        var written = FlowJson.Serialize(flow);

        Assert.Equal([DisplayTrigger.TimeOnPage], flow.Display.Triggers);
        Assert.Equal(30, flow.Display.Seconds);
        Assert.Contains("\"triggers\":[\"timeOnPage\"]", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"trigger\":", written, StringComparison.Ordinal);
        Assert.Empty(FlowJson.Deserialize("""{ "id": "x", "display": { "trigger": "none" } }""").Display.Triggers);
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
        Assert.Contains("\"triggers\":[\"scrollPercentage\"]", json, StringComparison.Ordinal);
        Assert.Equal([DisplayTrigger.ScrollPercentage], FlowJson.Deserialize(json).Display.Triggers);
        Assert.Equal(json, FlowJson.Serialize(FlowJson.Deserialize(json)));
    }
}
