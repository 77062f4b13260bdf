using Chatflows.Storage;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatflows.Visitors.Continuity;

/// <summary>
/// The widget says what the visitor has read: messages drawn while the panel was open and the page in view.
/// Only this spares the "you have a reply" mail (M1), and only this shows agents "Seen". A reply the server
/// wrote into an event stream is not read yet: the tab may have closed a moment before, or the laptop gone to
/// sleep with the connection still open for minutes, and then neither the screen nor the mail would bring it.
/// </summary>
internal static class ReadReceiptsApi
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReadAsync(
        string id, ReadReceiptRequest request, HttpContext context, ChatflowsDbContext db, VisitorReadMarks marks, CancellationToken cancellationToken)
    {
        if (request.Seq < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["seq"] = ["seq is a message's number: 0 or more."] });
        }

        if (!await VisitorConversationAccess.IsTheirsAsync(context, db, id, cancellationToken))
        {
            return VisitorConversationAccess.NotTheirs();
        }

        await marks.MarkAsync(id, request.Seq, cancellationToken);
        return TypedResults.NoContent();
    }
}
