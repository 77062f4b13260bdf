using System.Text.Json.Nodes;
using Chatflows.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Chatflows.Visitors.OpenApi;

/// <summary>
/// What every visitor operation shares, added where the pipeline (not the handler) answers: the signed visitor header
/// and its 400, the per-address limit's 429 with <c>Retry-After</c>, and for a body the 413 and 415. Query and header
/// parameters get the rules their handlers enforce (<see cref="VisitorParameterRules"/>).
/// </summary>
internal sealed class VisitorOperationTransformer : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    private const string EventStream = "text/event-stream";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath is not { } path || !("/" + path).StartsWith(VisitorRoutes.Prefix + "/", StringComparison.Ordinal))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = VisitorIds.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "The signed visitor id a response gave as visitorId, sent back unchanged. One the server did not issue answers 400 (\"Unknown visitor id\"); leave it out to start afresh.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = VisitorIdProtector.MaxTokenLength },
        });
        VisitorParameterRules.Apply(operation);

        operation.Responses ??= [];
        if (operation.Responses.TryGetValue("200", out var ok) && ok.Content?.TryGetValue(EventStream, out var stream) == true)
        {
            // The generator describes the handler's SseItem type; what goes over the wire is text in SSE framing.
            stream.Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "Server-Sent Events: `message` (id = the visitor's seq, data = one message as in messages), `typing` and `status`; a `retry:` field first; `: heartbeat` comments while idle.",
            };
        }

        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        var validation = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellationToken);
        Describe(operation);
        Ensure(operation, StatusCodes.Status400BadRequest, "Invalid request: a field breaks its rule (errors per field), malformed JSON, or an unknown visitor id.", validation);
        var limited = Ensure(operation, StatusCodes.Status429TooManyRequests, "Too many requests from this visitor or address: wait Retry-After seconds.", problem);
        limited.Headers ??= new Dictionary<string, IOpenApiHeader>();
        limited.Headers[HeaderNames.RetryAfter] = new OpenApiHeader
        {
            Required = true,
            Description = "Seconds to wait before asking again.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
            Example = JsonValue.Create(60),
        };
        if (operation.RequestBody is not null)
        {
            Ensure(operation, StatusCodes.Status413PayloadTooLarge, "The body is larger than Chatflows:Limits:MaxBodyBytes (16 KiB by default).", problem);
            Ensure(operation, StatusCodes.Status415UnsupportedMediaType, "The body is not sent as application/json.", problem);
        }
    }

    /// <summary>Says what a handler's own statuses mean where the generator could only name them.</summary>
    private static void Describe(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses!)
        {
            if (response is not OpenApiResponse named)
            {
                continue;
            }

            named.Description = (operation.OperationId, status) switch
            {
                ("PostMessage", "409") => "The clientMessageId was used for another message of this conversation: nothing is stored.",
                ("RateConversation", "409") => "The conversation is still open, its chatflow asks no survey, or it has been rated already.",
                ("StartConversation", "404") => "No published, switched-on chatflow with that id.",
                ("ReadKnowledgeArticle", "404") => "No published article with that slug in that language.",
                (_, "404") => "Not this visitor's conversation (or none with that id).",
                (_, "304") => "Nothing changed since the ETag sent as If-None-Match.",
                _ => named.Description,
            };
        }
    }

    private static OpenApiResponse Ensure(OpenApiOperation operation, int status, string description, IOpenApiSchema schema)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var found) && found is OpenApiResponse existing && existing.Content?.ContainsKey(ProblemJson) == true)
        {
            existing.Description = description;
            return existing;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
        };
        operation.Responses[key] = response;
        return response;
    }
}
