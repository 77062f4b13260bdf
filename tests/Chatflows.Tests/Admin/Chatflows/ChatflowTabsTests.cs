using System.Net;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

public sealed class ChatflowTabsTests(ChatflowAdminFixture fixture) : IClassFixture<ChatflowAdminFixture>
{
    [Fact]
    public async Task Target_tab_saves_groups_exclusions_mobile_and_priority_into_the_draft()
    {
        var id = await fixture.DraftAsync(Flow("target-save", "Hi"));
        var editor = await fixture.SignedInAsync();
        var version = ChatflowAdminFixture.DraftVersionOf(await editor.Http.GetStringAsync($"/admin/chatflows/{id}/target"));

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/target", new()
        {
            ["DraftVersion"] = version,
            ["Input.Groups[0].Rules[0].Kind"] = "WebsiteUrl", ["Input.Groups[0].Rules[0].Operator"] = "StartsWith", ["Input.Groups[0].Rules[0].Value"] = "/pricing",
            ["Input.Groups[0].Rules[1].Kind"] = "QueryParameter", ["Input.Groups[0].Rules[1].Operator"] = "Is",
            ["Input.Groups[0].Rules[1].Name"] = "utm_campaign", ["Input.Groups[0].Rules[1].Value"] = "spring",
            ["Input.Groups[1].Rules[0].Kind"] = "Visitor", ["Input.Groups[1].Rules[0].Operator"] = "IsKnown", ["Input.Groups[1].Rules[0].Value"] = "ignored",
            ["Input.Exclusions[0].Kind"] = "WebsiteUrl", ["Input.Exclusions[0].Operator"] = "Is", ["Input.Exclusions[0].Value"] = "/privacy",
            ["Input.ExcludeMobile"] = "true", ["Input.Priority"] = "3",
        });
        var record = await fixture.RecordAsync(id);
        var targeting = FlowJson.Deserialize(record.DraftJson).Targeting;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, targeting.Groups.Count);
        Assert.Equal(new TargetRule { Kind = TargetRuleKind.QueryParameter, Operator = TargetOperator.Is, Name = "utm_campaign", Value = "spring" }, targeting.Groups[0].Rules[1]);
        Assert.Null(targeting.Groups[1].Rules[0].Value);
        Assert.Equal([TargetRuleKind.WebsiteUrl, TargetRuleKind.Device], targeting.Exclusions.Select(r => r.Kind));
        Assert.Equal(3, record.Priority);
        Assert.Equal(ChatflowAdminFixture.EditorEmail, record.UpdatedBy);
    }

    [Fact]
    public async Task Target_rule_errors_are_shown_next_to_the_field_and_nothing_is_saved()
    {
        var id = await fixture.DraftAsync(Flow("target-invalid", "Hi"));
        var editor = await fixture.SignedInAsync();
        var before = await fixture.RecordAsync(id);

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/target", new()
        {
            ["DraftVersion"] = before.DraftVersion.ToString(),
            ["Input.Groups[0].Rules[0].Kind"] = "WebsiteUrl", ["Input.Groups[0].Rules[0].Operator"] = "Is", ["Input.Groups[0].Rules[0].Value"] = "pricing",
            ["Input.Exclusions[0].Kind"] = "Device", ["Input.Exclusions[0].Operator"] = "Contains", ["Input.Exclusions[0].Value"] = "x",
            ["Input.Priority"] = "0",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Input_Groups_0__Rules_0__Value_error\"", html, StringComparison.Ordinal);
        Assert.Contains("Enter a path starting with &quot;/&quot;", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Exclusions_0__Operator_error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"pricing\"", html, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task Adding_a_group_rerenders_the_form_without_saving()
    {
        var id = await fixture.DraftAsync(Flow("target-add", "Hi"));
        var editor = await fixture.SignedInAsync();
        var before = await fixture.RecordAsync(id);

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/target", new()
        {
            ["DraftVersion"] = before.DraftVersion.ToString(), ["Input.Priority"] = "0", ["command"] = "add-group",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Group 1, rule 1", html, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    [Fact]
    public async Task Second_editor_gets_a_conflict_naming_who_saved_and_keeps_their_input()
    {
        var id = await fixture.DraftAsync(Flow("conflict", "Hi"));
        var admin = await fixture.SignedInAsync(Infrastructure.ChatflowsFactory.AdminEmail, Infrastructure.ChatflowsFactory.AdminPassword);
        var editor = await fixture.SignedInAsync();
        var opened = (await fixture.RecordAsync(id)).DraftVersion.ToString();

        var first = await admin.PostFormAsync($"/admin/chatflows/{id}/display", DisplayFields(opened, seconds: "20"));
        var second = await editor.PostFormAsync($"/admin/chatflows/{id}/display", DisplayFields(opened, seconds: "45"));
        var html = await second.Content.ReadAsStringAsync();
        var retried = await editor.PostFormAsync($"/admin/chatflows/{id}/display", DisplayFields(ChatflowAdminFixture.DraftVersionOf(html), seconds: "45"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains($"{Infrastructure.ChatflowsFactory.AdminEmail} saved this chatflow at", html, StringComparison.Ordinal);
        Assert.Contains("value=\"45\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(45, FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson).Display.Seconds);
    }

    [Fact]
    public async Task Display_tab_refuses_out_of_range_values_and_unsafe_avatar()
    {
        var id = await fixture.DraftAsync(Flow("display-invalid", "Hi"));
        var editor = await fixture.SignedInAsync();
        var fields = DisplayFields((await fixture.RecordAsync(id)).DraftVersion.ToString(), seconds: "0");
        fields["Input.AvatarUrl"] = "javascript:alert(1)";
        fields["Input.MobileBehavior"] = "OpenOnTrigger";

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/display", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The time on page is 1 to 600 seconds.", html, StringComparison.Ordinal);
        Assert.Contains("or an https:// address for the avatar.", html, StringComparison.Ordinal);
        Assert.Contains("On mobile the chat cannot open by itself", html, StringComparison.Ordinal);
        Assert.Null(FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson).Display.AvatarUrl);
    }

    [Fact]
    public async Task Display_tab_saves_heading_override_trigger_and_welcome_quick_replies()
    {
        var id = await fixture.DraftAsync(Flow("display-save", "Hi"));
        var editor = await fixture.SignedInAsync();
        var fields = DisplayFields((await fixture.RecordAsync(id)).DraftVersion.ToString(), seconds: "15");
        fields["Input.HeadingName"] = "Anna from sales";
        fields["Input.ShowQuickRepliesOutside"] = "true";
        fields["Input.QuickReplies"] = "Pricing\n\nTalk to sales\n";

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/display", fields);
        var draft = FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Anna from sales", draft.Display.HeadingName);
        Assert.Equal([DisplayTrigger.TimeOnPage], draft.Display.Triggers);
        Assert.Equal(15, draft.Display.Seconds);
        Assert.True(draft.Display.ShowQuickRepliesOutside);
        Assert.Equal(["Pricing", "Talk to sales"], draft.WelcomeQuickReplies.Select(q => q.Label));
    }

    [Fact]
    public async Task Options_tab_validates_and_saves_timing_consent_and_marketing()
    {
        var id = await fixture.DraftAsync(Flow("options", "Hi"));
        var editor = await fixture.SignedInAsync();
        var version = (await fixture.RecordAsync(id)).DraftVersion.ToString();

        var invalid = await editor.PostFormAsync($"/admin/chatflows/{id}/options", OptionsFields(version, delay: "99999", privacy: "javascript:alert(1)"));
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        var valid = await editor.PostFormAsync($"/admin/chatflows/{id}/options", OptionsFields(version, delay: "1200", privacy: "https://example.com/privacy"));
        var draft = FlowJson.Deserialize((await fixture.RecordAsync(id)).DraftJson);

        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("The typing delay is 0 to 5,000 milliseconds.", invalidHtml, StringComparison.Ordinal);
        Assert.Contains("The privacy policy link is an absolute http(s) address.", invalidHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        Assert.Equal(1200, draft.Options.TypingDelayMs);
        Assert.True(draft.Options.MarketingContacts);
        Assert.Equal(DataProcessingType.LegitimateInterest, draft.Consent.DataProcessing.Type);
        Assert.Equal("Cookies? Fine.", draft.Consent.CookieConsent.Text);
        Assert.Equal("nl", draft.Language);
    }

    [Fact]
    public async Task Reset_to_default_empties_the_text_without_saving()
    {
        var id = await fixture.DraftAsync(Flow("options-reset", "Hi"));
        var editor = await fixture.SignedInAsync();
        var before = await fixture.RecordAsync(id);
        var fields = OptionsFields(before.DraftVersion.ToString(), delay: "800", privacy: "");
        fields["reset"] = "cookie";

        var response = await editor.PostFormAsync($"/admin/chatflows/{id}/options", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Cookies? Fine.", html, StringComparison.Ordinal);
        Assert.Contains("Empty uses the default", html, StringComparison.Ordinal);
        Assert.Equal(before.DraftVersion, (await fixture.RecordAsync(id)).DraftVersion);
    }

    private static Dictionary<string, string> DisplayFields(string version, string seconds) => new()
    {
        ["DraftVersion"] = version, ["Input.DesktopBehavior"] = "LauncherThenWelcome", ["Input.MobileBehavior"] = "LauncherOnTrigger",
        ["Input.Triggers[0]"] = "TimeOnPage", ["Input.Seconds"] = seconds, ["Input.Percent"] = "50",
    };

    private static Dictionary<string, string> OptionsFields(string version, string delay, string privacy) => new()
    {
        ["DraftVersion"] = version, ["Input.Name"] = "Options test", ["Input.Language"] = "nl", ["Input.TypingDelayMs"] = delay,
        ["Input.SessionTimeoutMinutes"] = "30", ["Input.ErrorMessage"] = "Oops.", ["Input.MarketingContacts"] = "true",
        ["Input.CookieConsentEnabled"] = "true", ["Input.CookieConsentWhen"] = "BeforeChat", ["Input.CookieText"] = "Cookies? Fine.",
        ["Input.DataProcessingEnabled"] = "true", ["Input.DataProcessingType"] = "LegitimateInterest", ["Input.PrivacyPolicyUrl"] = privacy,
    };
}
