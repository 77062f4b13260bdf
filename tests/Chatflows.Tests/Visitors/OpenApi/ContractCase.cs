using System.Text.Json.Nodes;

namespace Chatflows.Tests.Visitors.OpenApi;

/// <summary>One request made from the document, and the status the document says it gets.</summary>
public sealed record ContractCase(string What, string Path, Dictionary<string, string> Query, Dictionary<string, string> Headers, string? Body, string ContentType, int Expected)
{
    public string Address => Query.Count == 0 ? Path : $"{Path}?{string.Join('&', Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"))}";

    public ContractCase With(string what, Action<ContractCase> change, int expected = 400)
    {
        var copy = this with { What = what, Query = new(Query), Headers = new(Headers), Expected = expected };
        change(copy);
        return copy;
    }

    public ContractCase WithBody(string what, JsonNode? body, int expected = 400) =>
        this with { What = what, Query = new(Query), Headers = new(Headers), Body = body?.ToJsonString(), Expected = expected };
}
