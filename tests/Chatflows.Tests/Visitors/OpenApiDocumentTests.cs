using System.Text.Json;
using Chatflows.Storage;
using Chatflows.Tests.Infrastructure;

namespace Chatflows.Tests.Visitors;

/// <summary>The OpenAPI document lists the statuses the visitor operations really answer (OpenApiContractTests holds every operation to its document).</summary>
public sealed class OpenApiDocumentTests
{
    [Theory]
    [InlineData("/chatflows/api/conversations/{id}/messages", "post", new[] { "200", "400", "404", "409", "413", "415", "429", "503" })]
    [InlineData("/chatflows/api/conversations", "post", new[] { "201", "400", "404", "413", "415", "429" })]
    [InlineData("/chatflows/api/conversations/{id}/typing", "post", new[] { "204", "400", "404", "413", "415", "429" })]
    [InlineData("/chatflows/api/conversations/{id}/read", "post", new[] { "204", "400", "404", "413", "415", "429" })]
    [InlineData("/chatflows/api/conversations/{id}/events", "get", new[] { "200", "400", "404", "429" })]
    [InlineData("/chatflows/api/visitor/resume", "post", new[] { "200", "400", "404", "413", "415", "429" })]
    public async Task Each_visitor_operation_lists_every_status_it_answers(string path, string method, string[] statuses)
    {
        await using var host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        var http = host.CreateClient();

        var document = JsonDocument.Parse(await http.GetStringAsync("/chatflows/api/openapi/chatflows.json")).RootElement;

        var responses = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.Equal(statuses.Order(StringComparer.Ordinal), responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }
}
