using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Chatflows.Tests.Visitors.OpenApi;

/// <summary>The served OpenAPI document, read as a test needs it: its operations, and a validator for each documented schema.</summary>
public sealed class ContractDocument(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public IEnumerable<ContractOperation> Operations =>
        Root["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => op.Key is "get" or "post" or "put" or "patch" or "delete")
            .Select(op => new ContractOperation(this, path.Key, op.Key.ToUpperInvariant(), op.Value!.AsObject())));

    public static ContractDocument Parse(string json) => new(JsonNode.Parse(json)!.AsObject());

    /// <summary>A schema object with its <c>$ref</c> followed (one level is all the document uses).</summary>
    public JsonObject Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? Root["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!.AsObject()
            : schema.AsObject();

    /// <summary>Null when <paramref name="instance"/> fits <paramref name="schema"/>, else what does not.</summary>
    public string? Violations(JsonNode schema, JsonElement instance)
    {
        // JSON Schema 2020-12 with the components as $defs, so every $ref resolves inside one schema.
        var defs = Root["components"]?["schemas"]?.ToJsonString() ?? "{}";
        var text = $$"""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": {{defs}}, "allOf": [ {{schema.ToJsonString()}} ] }"""
            .Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var validator = JsonSchema.FromText(text, new BuildOptions(), new Uri($"https://contract.chatflows.test/{Guid.NewGuid():N}"));
        var result = validator.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? null
            : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
    }
}
