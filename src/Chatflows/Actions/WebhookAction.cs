using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Validation;
using Microsoft.Extensions.Options;

namespace Chatflows.Actions;

/// <summary>
/// Posts the conversation's variables (and contact) as signed JSON to an allowed URL — the example of a
/// site's own action (B2, docs/extending.md). The receiver checks <c>X-Chatflows-Signature</c>:
/// <c>sha256=</c> + hex HMAC-SHA256 of <c>{timestamp}.{body}</c>. A JSON answer with a
/// <c>variables</c> object sets those variables. Outcomes <c>Succeeded</c> or <c>Failed</c>.
/// </summary>
public sealed class WebhookAction(IHttpClientFactory clients, IOptionsMonitor<WebhookOptions> options, TimeProvider time) : BotAction<WebhookSettings>
{
    public const string HttpClientName = "chatflows-webhooks";
    private const int MaxVariablesFromResponse = 20;

    public override string Name => "webhook";

    public override string Category => "Integrations";

    public override IReadOnlyList<string> Outcomes { get; } = ["Succeeded", "Failed"];

    protected override IEnumerable<FieldError> Validate(WebhookSettings settings, ActionValidationContext context)
    {
        if (Refusal(settings.Url) is { } refusal)
        {
            yield return new("url", refusal);
        }
    }

    protected override async ValueTask<ActionResult> ExecuteAsync(ActionContext context, WebhookSettings settings, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        if (Refusal(settings.Url) is not null)
        {
            return ActionResult.WithOutcome("Failed"); // the allow-list changed since publishing
        }

        var body = JsonSerializer.Serialize(new
        {
            conversationId = context.ConversationId,
            chatflowId = context.Flow.Id,
            actionId = context.Action.Id,
            variables = context.Variables,
            contact = settings.IncludeContact ? context.Contact : null,
            company = settings.IncludeContact ? context.Company : null,
        });
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Chatflows-Timestamp", timestamp);
        request.Headers.Add("X-Chatflows-Signature", Sign(current.Secret!, timestamp, body));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(current.TimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return ActionResult.WithOutcome("Failed");
            }

            await ReadVariablesAsync(context, response, timeout.Token);
            return ActionResult.WithOutcome("Succeeded");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return ActionResult.WithOutcome("Failed");
        }
    }

    /// <summary>The signature a receiver recomputes: <c>sha256=</c> + lower-case hex of HMAC-SHA256(secret, "{timestamp}.{body}").</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    private string? Refusal(string url)
    {
        var current = options.CurrentValue;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "Use an http:// or https:// address.";
        }

        if (!current.AllowedHosts.Any(h => string.Equals(h, uri.Host, StringComparison.OrdinalIgnoreCase) || string.Equals(h, uri.Authority, StringComparison.OrdinalIgnoreCase)))
        {
            return $"The host {uri.Authority} is not on the webhook allow-list (Chatflows:Webhooks:AllowedHosts).";
        }

        return string.IsNullOrEmpty(current.Secret) ? "Set Chatflows:Webhooks:Secret so receivers can verify requests." : null;
    }

    private static async Task ReadVariablesAsync(ActionContext context, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? root;
        try
        {
            root = text.Length > 64 * 1024 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return; // the call succeeded; an unreadable answer just sets nothing
        }

        if (root is not JsonObject { } answer || answer["variables"] is not JsonObject variables)
        {
            return;
        }

        foreach (var (name, value) in variables.Take(MaxVariablesFromResponse))
        {
            if (PropertyName.IsValid(name) && value is JsonValue scalar && scalar.ToString() is { Length: <= 1000 } stringValue)
            {
                context.SetVariable(name, stringValue);
            }
        }
    }
}
