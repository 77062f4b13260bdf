using System.Net;
using System.Text.RegularExpressions;

namespace MvcSite.Tests;

/// <summary>Posts a form as a browser does: loads its page first and sends the antiforgery token it contained.</summary>
internal static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string action, Dictionary<string, string> fields)
    {
        var html = await browser.GetStringAsync(page);
        var token = Token().Match(html);
        Assert.True(token.Success, $"No antiforgery token on {page}.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await browser.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static Task<HttpResponseMessage> SignInToSiteAsync(HttpClient browser) =>
        PostAsync(browser, "/Account/SignIn", "/Account/SignIn", new() { ["Email"] = SampleSiteFactory.MemberEmail, ["Password"] = SampleSiteFactory.MemberPassword });

    public static Task<HttpResponseMessage> SignInToChatflowsAsync(HttpClient browser) =>
        PostAsync(browser, "/chatflows-admin/account/login", "/chatflows-admin/account/login",
            new() { ["Input.Email"] = SampleSiteFactory.StaffEmail, ["Input.Password"] = SampleSiteFactory.StaffPassword });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
