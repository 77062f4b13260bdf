using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Tests.Visitors.OpenApi;

/// <summary>
/// The served OpenAPI document is the visitor contract (issue 18): requests generated from it — valid ones and one
/// per documented rule broken — get the documented status, content type, headers and body schema; and every visitor
/// route is in it.
/// </summary>
public sealed class OpenApiContractTests
{
    /// <summary>Limits high enough that the generated requests never meet them; the 429 has its own test.</summary>
    private static readonly Dictionary<string, string?> Roomy = new()
    {
        ["Chatflows:Limits:RequestsPerMinutePerIp"] = "100000", ["Chatflows:Limits:StartsPerMinutePerIp"] = "100000",
        ["Chatflows:Limits:StartsPerMinutePerVisitor"] = "100000", ["Chatflows:Limits:MaxOpenConversationsPerVisitor"] = "100000",
        ["Chatflows:Limits:MessagesPerMinutePerVisitor"] = "100000", ["Chatflows:Limits:ConsentsPerMinutePerIp"] = "100000",
        ["Chatflows:Limits:TypingPerMinutePerVisitor"] = "100000", ["Chatflows:Limits:TypingPerMinutePerIp"] = "100000",
        ["Chatflows:Limits:KnowledgeReadsPerMinutePerVisitor"] = "100000",
    };

    /// <summary>What a valid request gets where the document's first 2xx needs a state the generated request cannot make.</summary>
    private static readonly Dictionary<string, int> ValidAnswers = new()
    {
        ["RateConversation"] = 409, // a conversation is rated once it has ended; SurveysApiTests covers the 201
        ["ResumeConversation"] = 404, // a real token comes only from a mail; ResumeLinkTests covers the 200
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Every_visitor_operation_answers_generated_requests_as_its_document_says(DatabaseProvider provider)
    {
        await using var host = await ChatflowsFactory.StartAsync(provider, settings: Roomy);
        var http = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var document = ContractDocument.Parse(await http.GetStringAsync(ModulePaths.OpenApiUrl));
        var maxBody = host.Services.GetRequiredService<IOptions<VisitorLimitsOptions>>().Value.MaxBodyBytes;
        List<string> failures = [];
        var cases = 0;

        foreach (var operation in document.Operations)
        {
            var fixture = await FixtureAsync(http);
            foreach (var request in ContractRequests.For(operation, fixture, ValidAnswers.GetValueOrDefault(operation.Id, FirstSuccess(operation)), maxBody))
            {
                cases++;
                failures.AddRange((await SendAsync(http, operation, request)).Select(f => $"{operation} {request.What}: {f}"));
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(cases > 100, $"Only {cases} requests came from the document.");
    }

    [Fact]
    public async Task Every_visitor_operation_answers_its_documented_429_with_retry_after_once_the_address_is_over_its_limit()
    {
        var limits = new Dictionary<string, string?>(Roomy) { ["Chatflows:Limits:RequestsPerMinutePerIp"] = "40" };
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite, settings: limits);
        var http = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var document = ContractDocument.Parse(await http.GetStringAsync(ModulePaths.OpenApiUrl));
        var fixture = await FixtureAsync(http);
        while ((await http.GetAsync("/chatflows/api/widget?url=https%3A%2F%2Fledgerly.example%2F")).StatusCode != System.Net.HttpStatusCode.TooManyRequests)
        {
        }

        List<string> failures = [];
        foreach (var operation in document.Operations)
        {
            var valid = ContractRequests.For(operation, fixture, 429, 1024).First();
            failures.AddRange((await SendAsync(http, operation, valid)).Select(f => $"{operation}: {f}"));
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Every_mapped_visitor_route_is_in_the_document()
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var document = ContractDocument.Parse(await host.CreateClient().GetStringAsync(ModulePaths.OpenApiUrl));
        var documented = document.Operations.Select(o => $"{o.Method} {o.Path}").ToHashSet(StringComparer.Ordinal);

        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("chatflows/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Endpoint: e, Route: $"{m} /{Normalize(e.RoutePattern.RawText!)}")))
            .ToList();
        var undocumented = routes.Where(r => !documented.Contains(r.Route))
            .Where(r => !(r.Endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true
                && (r.Route.EndsWith("/{path}", StringComparison.Ordinal) || r.Route.Contains("/openapi/", StringComparison.Ordinal))))
            .Select(r => r.Route).ToList();

        Assert.True(routes.Count >= 15, $"Only {routes.Count} visitor routes found.");
        Assert.Empty(undocumented);
        Assert.All(documented, d => Assert.Contains(routes, r => r.Route == d));
    }

    /// <summary>A visitor with a conversation that has a message with an e-mail address, and the live consent version.</summary>
    private static async Task<Dictionary<string, string>> FixtureAsync(HttpClient http)
    {
        var started = await http.PostAsJsonAsync("/chatflows/api/conversations", new { chatflowId = "concierge", pageUrl = "https://ledgerly.example/" });
        var conversation = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement;
        var id = conversation.GetProperty("conversationId").GetString()!;
        var visitor = conversation.GetProperty("visitorId").GetString()!;
        using var say = new HttpRequestMessage(HttpMethod.Post, $"/chatflows/api/conversations/{id}/messages")
        {
            Content = JsonContent.Create(new { clientMessageId = Guid.NewGuid().ToString("N"), text = "ada@example.com" }),
        };
        say.Headers.Add(VisitorIds.HeaderName, visitor);
        (await http.SendAsync(say)).EnsureSuccessStatusCode();
        var widget = JsonDocument.Parse(await http.GetStringAsync("/chatflows/api/widget?url=https%3A%2F%2Fledgerly.example%2F")).RootElement;
        return new()
        {
            ["id"] = id,
            [VisitorIds.HeaderName] = visitor,
            ["body:version"] = widget.GetProperty("chatflow").GetProperty("consent").GetProperty("version").GetString()!,
            ["body:clientMessageId"] = Guid.NewGuid().ToString("N"),
        };
    }

    /// <summary>Sends the request and returns every way the answer differs from the document.</summary>
    private static async Task<List<string>> SendAsync(HttpClient http, ContractOperation operation, ContractCase request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(operation.Method), request.Address);
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(request.ContentType);
        }

        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var body = mediaType == "text/event-stream" ? "" : await response.Content.ReadAsStringAsync();
        List<string> failures = [];
        if (status != request.Expected)
        {
            failures.Add($"answered {status}, expected {request.Expected}: {body}");
        }

        if (operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] is not { } documented)
        {
            failures.Add($"answered {status}, which the document does not list");
            return failures;
        }

        foreach (var (header, spec) in documented["headers"]?.AsObject() ?? [])
        {
            if (spec!["required"]?.GetValue<bool>() == true && !response.Headers.Contains(header))
            {
                failures.Add($"{status} without its documented {header} header");
            }
        }

        if (documented["content"]?.AsObject() is not { Count: > 0 } content)
        {
            if (body.Length > 0)
            {
                failures.Add($"{status} has a body where the document has none: {body}");
            }

            return failures;
        }

        if (mediaType is null || content[mediaType] is not { } media)
        {
            failures.Add($"{status} answered {mediaType ?? "no content type"}, documented {string.Join(", ", content.Select(c => c.Key))}");
            return failures;
        }

        if (mediaType.EndsWith("json", StringComparison.Ordinal) && media["schema"] is { } schema
            && operation.Document.Violations(schema, JsonDocument.Parse(body).RootElement) is { } violations)
        {
            failures.Add($"{status} body does not fit its schema ({violations}): {body}");
        }

        return failures;
    }

    private static int FirstSuccess(ContractOperation operation) =>
        operation.Responses.Select(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).Where(s => s is >= 200 and < 300).Min();

    private static string Normalize(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), @"\{\*{0,2}([A-Za-z]+)(:[^}]*)?\}", "{$1}");
}
