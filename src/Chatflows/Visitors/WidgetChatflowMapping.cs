using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using Chatflows.Visitors.Contracts;

namespace Chatflows.Visitors;

/// <summary>Turns a chatflow's display and consent settings into what the widget reads (D2–D4, O6, O7).</summary>
internal static class WidgetChatflowMapping
{
    public static WidgetDisplay ToWidget(this DisplaySettings display)
    {
        List<string> triggers = [.. display.Triggers.Where(t => t != DisplayTrigger.None).Distinct().Select(t => Camel(t.ToString()))];
        return new(
            Camel(display.DesktopBehavior.ToString()), Camel(display.MobileBehavior.ToString()), triggers.Count > 0 ? triggers[0] : "none",
            display.Seconds, display.Percent, display.ShowQuickRepliesOutside, display.ShowOnlyWhenAvailable, triggers);
    }

    public static WidgetConsent ToWidget(this ConsentSettings consent, string language)
    {
        var cookies = new WidgetCookieConsent(consent.CookieConsent.Enabled, Camel(consent.CookieConsent.When.ToString()), ConsentTexts.EffectiveCookieText(consent, language));
        var data = consent.DataProcessing;
        var processing = new WidgetDataProcessing(data.Enabled, Camel(data.Type.ToString()), ConsentTexts.EffectiveDataProcessingText(consent, language), data.PrivacyPolicyUrl);
        return new WidgetConsent(cookies, processing, Version(cookies, processing));
    }

    // The version names exactly the words and link shown, so a stored answer proves what was agreed to.
    private static string Version(WidgetCookieConsent cookies, WidgetDataProcessing processing)
    {
        var shown = $"{cookies.Text}\n{processing.Type}\n{processing.Text}\n{processing.PrivacyPolicyUrl}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown)))[..12];
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
