using Chatflows.Visitors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatflows.Privacy;

/// <summary>
/// The visitor's "Delete this conversation" (G1): erases the conversation and what hangs off it, as an
/// administrator's erasure would. Only the visitor it belongs to may; anyone else gets 404, as for reads.
/// </summary>
public static class ConversationErasureApi
{
    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, HttpContext context, PersonalDataErasure erasure, CancellationToken cancellationToken)
    {
        var visitorId = VisitorIds.Read(context);
        if (visitorId is null || !await erasure.EraseConversationAsync(id, visitorId, cancellationToken))
        {
            return VisitorConversationAccess.NotTheirs();
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.NoContent();
    }
}
