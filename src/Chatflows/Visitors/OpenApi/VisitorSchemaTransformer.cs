using System.Text.Json.Nodes;
using Chatflows.Live;
using Chatflows.Mail;
using Chatflows.Storage;
using Chatflows.Surveys;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Chatflows.Visitors.OpenApi;

/// <summary>
/// The request bodies' rules as the handlers enforce them (each violation answers 400): required fields, lengths,
/// patterns, allowed values, with a valid example. Limits come from the configured options, as the handlers read them.
/// </summary>
internal sealed class VisitorSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>Not only white space: the handlers treat a blank text like a missing one.</summary>
    private const string NotBlank = @"\S";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null)
        {
            return Task.CompletedTask;
        }

        var limits = context.ApplicationServices.GetRequiredService<IOptions<VisitorLimitsOptions>>().Value;
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(PostMessageRequest))
        {
            Define(schema, ["clientMessageId", "text"], """{ "clientMessageId": "9f1c2b6e-4d1a-4a8e-9b57-2f0c6c0f2d11", "text": "search" }""",
                ("clientMessageId", Text(1, 64, "^[A-Za-z0-9_-]{1,64}$", "Made by the client once per message; a retry sends the same one and stores nothing twice.")),
                ("text", Text(1, limits.MaxMessageLength, NotBlank, "What the visitor typed, or the value of the quick reply they pressed. Plain text.")));
        }
        else if (type == typeof(StartConversationRequest))
        {
            Define(schema, ["chatflowId"], """{ "chatflowId": "concierge", "pageUrl": "https://ledgerly.example/pricing", "cookieConsent": false, "timeZone": "Europe/Amsterdam", "language": "nl-NL" }""",
                ("chatflowId", Text(1, null, NotBlank, "The published chatflow to talk to (the widget configuration names it).")),
                ("pageUrl", Nullable(Text(null, 2048, null, "The page the visitor is on; kept without fragment and with only the configured query parameters."))),
                ("identityToken", Nullable(Text(null, null, null, "A token the site signed to identify its visitor (O10); ignored when invalid."))),
                ("cookieConsent", Flag("True once the visitor agreed to chat cookies: the visitor id is then also kept in a cookie.")),
                ("timeZone", Nullable(Text(null, null, null, "The visitor's IANA time zone; ignored when unknown."))),
                ("language", Nullable(Text(null, null, null,
                    "The visitor's language (L1): a BCP 47 tag, or several, most wanted first, comma-separated. The conversation speaks the first of the chatflow's languages (widget configuration: chatflow.languages) asked for, else its base language, which is also what leaving it out gives."))));
        }
        else if (type == typeof(RecordConsentRequest))
        {
            Define(schema, ["kind", "chatflowId", "version", "granted"], """{ "kind": "dataProcessing", "chatflowId": "concierge", "version": "3f9a0c12be47", "granted": true }""",
                ("kind", OneOf("Which consent this answers.", ConsentKinds.Cookies, ConsentKinds.DataProcessing)),
                ("chatflowId", Text(1, 64, NotBlank, "The published chatflow that asked.")),
                ("version", Text(6, 32, "^[0-9a-f]{6,32}$", "chatflow.consent.version of the widget configuration: the texts the visitor saw, and still the current ones.")),
                ("granted", Flag("True: agreed; false: declined.")));
        }
        else if (type == typeof(SurveyAnswerRequest))
        {
            Define(schema, ["rating"], """{ "rating": 4, "comment": "Quick and clear." }""",
                ("rating", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "5", Description = "1–5 stars; thumbs send 5 (up) or 1 (down)." }),
                ("comment", Nullable(Text(null, SurveysApi.MaxCommentLength, null, "Optional; trimmed before its length counts."))));
        }
        else if (type == typeof(TranscriptRequest))
        {
            Define(schema, [], """{ "email": "ada@example.com" }""",
                ("email", Nullable(Text(null, 254, null,
                    "An address the visitor typed in this conversation, or the one the site's identity token gave. Left out or blank, "
                    + "the conversation's verified address or the last one the visitor typed is used; 400 when it has none."))));
        }
        else if (type == typeof(ResumeRequest))
        {
            Define(schema, ["token"], """{ "token": "CfDJ8Ktoken-from-the-mail" }""",
                ("token", Text(1, ResumeRequest.MaxTokenLength, NotBlank, "The token after #chatflows-resume= in the link of a reply mail; signed, and valid for 30 days.")));
        }
        else if (type == typeof(ReadReceiptRequest))
        {
            Define(schema, ["seq"], """{ "seq": 3 }""",
                ("seq", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Description = "Every message up to this one (the visitor's numbering) was read on screen." }));
        }
        else if (type == typeof(TypingRequest))
        {
            Define(schema, ["typing"], """{ "typing": true }""", ("typing", Flag("True while the visitor types, false when they stop.")));
        }

        return Task.CompletedTask;
    }

    private static void Define(OpenApiSchema schema, string[] required, string example, params (string Name, OpenApiSchema Schema)[] properties)
    {
        schema.Required = new HashSet<string>(required, StringComparer.Ordinal);
        schema.Properties = properties.ToDictionary(p => p.Name, p => (IOpenApiSchema)p.Schema, StringComparer.Ordinal);
        schema.Examples = [JsonNode.Parse(example)!];
    }

    private static OpenApiSchema Text(int? min, int? max, string? pattern, string description) =>
        new() { Type = JsonSchemaType.String, MinLength = min, MaxLength = max, Pattern = pattern, Description = description };

    private static OpenApiSchema Nullable(OpenApiSchema schema)
    {
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }

    private static OpenApiSchema Flag(string description) => new() { Type = JsonSchemaType.Boolean, Description = description };

    private static OpenApiSchema OneOf(string description, params string[] values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))], Description = description };
}
