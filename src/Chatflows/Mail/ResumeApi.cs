using Chatflows.Storage;
using Chatflows.Visitors;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>
/// The visitor opened a reply mail's link (<c>#chatflows-resume={token}</c>) in a browser that may hold nothing
/// of theirs: the widget trades the token for a signed visitor id of the conversation's visitor and carries
/// the conversation on (issue 20). The token is signed and expires (<see cref="ConversationResumeLinks"/>); it
/// reaches only the one conversation it names, and nothing once that conversation was erased.
/// </summary>
public static class ResumeApi
{
    public static async Task<Results<Ok<ResumeResponse>, ValidationProblem, ProblemHttpResult>> ResumeAsync(
        ResumeRequest request, HttpContext context, ConversationResumeLinks links, ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || request.Token.Length > ResumeRequest.MaxTokenLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["token"] = ["Send the token of the link in the mail."] });
        }

        context.Response.Headers.CacheControl = "no-store";
        var named = links.Read(request.Token);
        var conversation = named is not { } pair ? null : await db.Conversations.AsNoTracking()
            .Where(c => c.Id == pair.ConversationId && c.VisitorId == pair.VisitorId && !c.IsPreview)
            .Select(c => new { c.Id, c.ChatflowId, c.Status, c.VisitorId }).SingleOrDefaultAsync(cancellationToken);
        if (conversation is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: "The link has expired, or its conversation no longer exists. Start a new conversation.");
        }

        return TypedResults.Ok(new ResumeResponse(conversation.Id, conversation.ChatflowId, conversation.Status, VisitorIds.Issue(context, conversation.VisitorId)));
    }
}
