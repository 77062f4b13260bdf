using System.Net.Http.Json;
using System.Text.Json;

namespace Chatflows.Tests.Infrastructure;

/// <summary>Talks to the visitor API as the widget does: keeps its visitor id in the page and sends it as a header.</summary>
public sealed class VisitorClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public string? VisitorId { get; set; }

    public static VisitorClient For(ChatflowsFactory host) => new(host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));

    public async Task<(HttpResponseMessage Response, JsonElement Body)> StartAsync(string chatflowId = "concierge", string? identityToken = null, bool cookieConsent = false)
    {
        var response = await SendAsync(HttpMethod.Post, "/chatflows/api/conversations", new { chatflowId, pageUrl = "http://localhost/pricing", identityToken, cookieConsent });
        var body = await BodyAsync(response);
        if (response.IsSuccessStatusCode)
        {
            VisitorId = body.GetProperty("visitorId").GetString();
        }

        return (response, body);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SayAsync(string conversationId, string text, string? clientMessageId = null)
    {
        var response = await SendAsync(HttpMethod.Post, $"/chatflows/api/conversations/{conversationId}/messages",
            new { clientMessageId = clientMessageId ?? Guid.NewGuid().ToString("N"), text });
        return (response, await BodyAsync(response));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (VisitorId is not null)
        {
            request.Headers.Add("X-Chatflows-Visitor", VisitorId);
        }

        return await Http.SendAsync(request);
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static IReadOnlyList<string> Texts(JsonElement body) =>
        [.. body.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()!)];
}
