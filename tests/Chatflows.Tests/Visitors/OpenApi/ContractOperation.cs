using System.Text.Json.Nodes;

namespace Chatflows.Tests.Visitors.OpenApi;

/// <summary>One operation of the document: its parameters, its JSON body's schema and its responses.</summary>
public sealed record ContractOperation(ContractDocument Document, string Path, string Method, JsonObject Node)
{
    public string Id => Node["operationId"]!.GetValue<string>();

    public IEnumerable<JsonObject> Parameters => Node["parameters"]?.AsArray().Select(p => p!.AsObject()) ?? [];

    /// <summary>The request body's schema (references followed), or null for an operation without a body.</summary>
    public JsonObject? Body => Node["requestBody"]?["content"]?["application/json"]?["schema"] is { } schema ? Document.Resolve(schema) : null;

    public JsonObject Responses => Node["responses"]!.AsObject();

    public override string ToString() => $"{Method} {Path} ({Id})";
}
