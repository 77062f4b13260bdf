using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Validation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Actions;

/// <summary>
/// Posts the conversation's variables (and contact) as signed JSON to an allowed URL — the example of a
/// site's own action (B2, docs/extending.md). The receiver checks <c>X-Chatflows-Signature</c>:
/// <c>sha256=</c> + hex HMAC-SHA256 of <c>{timestamp}.{body}</c>. A JSON answer with a
/// <c>variables</c> object sets those variables. Outcomes <c>Succeeded</c> or <c>Failed</c>.
/// An editor chooses the URL, so it is a server-side request on an editor's behalf: scheme, host and port must be
/// on the allow-list, https outside Development, and <see cref="WebhookConnector"/> refuses non-public addresses
/// when connecting; the answer is read only up to <see cref="WebhookOptions.MaxResponseBytes"/>.
/// </summary>
public sealed partial class WebhookAction(
    IHttpClientFactory clients, IOptionsMonitor<WebhookOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<WebhookAction> logger)
    : BotAction<WebhookSettings>
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

        var host = Host(settings.Url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(current.TimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                // 3xx included: redirects are not followed, so a receiver cannot send the request on elsewhere.
                LogStatus(logger, host, (int)response.StatusCode);
                return ActionResult.WithOutcome("Failed");
            }

            if (await WebhookAnswer.ReadAsync(response, current.MaxResponseBytes, timeout.Token) is not { } answer)
            {
                LogTooLong(logger, host, current.MaxResponseBytes);
                return ActionResult.WithOutcome("Failed");
            }

            SetVariables(context, answer);
            return ActionResult.WithOutcome("Succeeded");
        }
        catch (HttpRequestException e) when (Refused(e) is { } refused)
        {
            LogRefused(logger, refused.Message);
            return ActionResult.WithOutcome("Failed");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e, host);
            return ActionResult.WithOutcome("Failed");
        }
    }

    /// <summary>The signature a receiver recomputes: <c>sha256=</c> + lower-case hex of HMAC-SHA256(secret, "{timestamp}.{body}").</summary>
    public static string Sign(string secret, string timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    // The client wraps what the connect callback throws in an HttpRequestException of its own.
    private static WebhookAddressRefusedException? Refused(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is WebhookAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    // Only the host goes to the log: an editor's URL may carry a token in its path or query.
    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority : "?";

    [LoggerMessage(Level = LogLevel.Information, Message = "The webhook to {Host} answered {Status}")]
    private static partial void LogStatus(ILogger logger, string host, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The webhook to {Host} answered more than {Bytes} bytes; the answer was not read")]
    private static partial void LogTooLong(ILogger logger, string host, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook was refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "The webhook to {Host} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string host);

    private string? Refusal(string url)
    {
        var current = options.CurrentValue;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0)
        {
            return "Use an http:// or https:// address without a user name or password.";
        }

        if (uri.Scheme != Uri.UriSchemeHttps && !environment.IsDevelopment())
        {
            return "Use an https:// address: plain http is allowed only in Development.";
        }

        if (!current.AllowedHosts.Any(entry => WebhookAllowList.Matches(entry, uri)))
        {
            return $"The address {uri.Scheme}://{uri.Authority} is not on the webhook allow-list (Chatflows:Webhooks:AllowedHosts).";
        }

        if (!current.AllowPrivateNetworks && uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && System.Net.IPAddress.TryParse(uri.IdnHost, out var literal) && BlockedAddresses.IsBlocked(literal))
        {
            return $"The address {uri.Host} is not a public address.";
        }

        return string.IsNullOrEmpty(current.Secret) ? "Set Chatflows:Webhooks:Secret so receivers can verify requests." : null;
    }

    private static void SetVariables(ActionContext context, string text)
    {
        JsonNode? root;
        try
        {
            root = text.Length == 0 ? null : JsonNode.Parse(text);
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
