using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chatflows.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like an editor's browser: keeps cookies and posts forms with their antiforgery token.</summary>
public sealed partial class AdminClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static AdminClient For(ChatflowsFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Loads the form page first, as a browser would, and posts with the token it contained.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await Http.GetStringAsync(formPage ?? path);
        var token = Token().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {formPage ?? path}.");
        }

        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
