using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Chatflows.Visitors.OpenApi;

/// <summary>The document's title and the two rules every operation shares: who the visitor is, and how a stream is opened.</summary>
internal sealed class VisitorDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Chatflows visitor API",
            Version = "1",
            Description = $$"""
                What the chat widget, or any other client, may call under /chatflows/api (docs/api.md).

                Visitor id: the server issues every visitor an anonymous id and signs it. The first `POST /conversations`
                or `POST /consents` answers it as `visitorId`; send it back unchanged as the `{{VisitorIds.HeaderName}}` header on
                every call. A header the server did not issue is refused with 400 ("Unknown visitor id") before anything
                else runs; to start afresh, send none. After cookie consent the server also keeps it in the `{{VisitorIds.CookieName}}` cookie.

                Stream token: `EventSource` cannot send headers, so every answer that carries a conversation also carries a
                `streamToken`; `GET /conversations/{id}/events?token=…` opens that conversation's stream (read only, 24 hours).

                Errors are problem details (`application/problem+json`); every 429 carries `Retry-After` in seconds.
                Bodies are JSON (`application/json`, else 415) of at most the configured size (else 413).
                """,
        };
        return Task.CompletedTask;
    }
}
