using Chatflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors;

/// <summary>
/// A visitor route reaches only the conversations of the visitor id the request carries; anything else, whether it
/// exists or not, is the same 404, so a visitor cannot probe for other people's conversation ids.
/// </summary>
internal static class VisitorConversationAccess
{
    /// <summary>The conversation, when it is the request's visitor's; read without tracking.</summary>
    public static async Task<ConversationRecord?> FindAsync(HttpContext context, ChatflowsDbContext db, string id, CancellationToken cancellationToken) =>
        VisitorIds.Read(context) is { } visitorId
            ? await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.VisitorId == visitorId, cancellationToken)
            : null;

    /// <summary>Whether the conversation is the request's visitor's.</summary>
    public static async Task<bool> IsTheirsAsync(HttpContext context, ChatflowsDbContext db, string id, CancellationToken cancellationToken) =>
        VisitorIds.Read(context) is { } visitorId && await db.Conversations.AnyAsync(c => c.Id == id && c.VisitorId == visitorId, cancellationToken);

    public static ProblemHttpResult NotTheirs() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such conversation for this visitor.");
}
