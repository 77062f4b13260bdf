using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Mail;

/// <summary>
/// The visitor asks for their conversation by mail (the widget's end state). Only to an address they gave
/// in this conversation or that the site vouched for (O10); the same rule is checked again when it is sent.
/// </summary>
public static partial class TranscriptMailApi
{
    public static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> RequestAsync(
        string id, TranscriptRequest request, HttpContext context, ChatflowsDbContext db, MailOutbox outbox, MailGate gate, TurnBatcher writer,
        CancellationToken cancellationToken)
    {
        if (await VisitorConversationAccess.FindAsync(context, db, id, cancellationToken) is not { } conversation)
        {
            return VisitorConversationAccess.NotTheirs();
        }

        // No address in the request: the one this conversation already gave, so the visitor is not asked twice.
        var email = (request.Email ?? "").Trim() is { Length: > 0 } given ? given : await KnownAddressAsync(db, conversation, cancellationToken);
        if (conversation.IsPreview || email.Length is 0 or > 254 || !await gate.MayMailVisitorAsync(conversation, email, cancellationToken))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [email.Length == 0
                ? "Give the e-mail address to send the transcript to."
                : "Use the e-mail address you gave in this conversation."] });
        }

        var language = await MailLanguage.OfConversationAsync(db, conversation.Id, cancellationToken);
        // The outbox row is written by the node's one writer, as every write a visitor causes.
        await writer.WriteAsync((services, _) => Task.FromResult(
            outbox.Add(services.GetRequiredService<ChatflowsDbContext>(), new MailDraft(MailKinds.Transcript, email, null, language, new JsonObject(), conversation.Id))),
            cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>The site's verified address, else the last address the visitor typed here; empty when neither.</summary>
    private static async Task<string> KnownAddressAsync(ChatflowsDbContext db, ConversationRecord conversation, CancellationToken cancellationToken)
    {
        if (conversation.VerifiedEmail is { Length: > 0 } verified)
        {
            return verified;
        }

        var texts = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversation.Id && m.Author == MessageAuthor.Visitor)
            .OrderByDescending(m => m.Seq).Select(m => m.Text).Take(200).ToListAsync(cancellationToken);
        return texts.Select(t => Address().Match(t)).FirstOrDefault(m => m.Success)?.Value ?? "";
    }

    [GeneratedRegex(@"[^\s@<>()\[\],;:""]+@[^\s@<>()\[\],;:""]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Address();
}
