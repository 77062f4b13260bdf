using System.Text.Json.Nodes;
using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>
/// The visitor asks for their conversation by mail (the widget's end state). Only to an address they gave
/// in this conversation or that the site vouched for (O10); the same rule is checked again when it is sent.
/// </summary>
public static class TranscriptApi
{
    public static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> RequestAsync(
        string id, TranscriptRequest request, HttpContext context, ChatflowsDbContext db, MailOutbox outbox, MailGate gate, CancellationToken cancellationToken)
    {
        var visitorId = VisitorIds.Read(context);
        var conversation = visitorId is null ? null : await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.VisitorId == visitorId, cancellationToken);
        if (conversation is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such conversation for this visitor.");
        }

        var email = (request.Email ?? "").Trim();
        if (conversation.IsPreview || email.Length is 0 or > 254 || !await gate.MayMailVisitorAsync(conversation, email, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Use the e-mail address you gave in this conversation."] });
        }

        var language = await MailLanguage.OfConversationAsync(db, conversation.Id, cancellationToken);
        outbox.Add(db, new MailDraft(MailKinds.Transcript, email, null, language, new JsonObject(), conversation.Id));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
