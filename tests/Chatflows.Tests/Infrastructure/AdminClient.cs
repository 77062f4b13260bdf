using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Chatflows.Tests.Infrastructure;

/// <summary>An HTTP client that behaves like an editor's browser: keeps cookies and posts forms with their antiforgery token.</summary>
public sealed class AdminClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static AdminClient For(ChatflowsFactory factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Loads the form page first, as a browser would, and posts with the token it contained.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        fields[Antiforgery.FieldName] = await TokenAsync(formPage ?? path);
        return await Http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The antiforgery token of a page this user may open, as a browser holding that page would post it.</summary>
    public async Task<string> TokenAsync(string page) => Antiforgery.TokenOf(await Http.GetStringAsync(page));
}
