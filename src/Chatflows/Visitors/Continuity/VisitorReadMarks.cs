using Chatflows.Live;
using Chatflows.Mail;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors.Continuity;

/// <summary>
/// A visitor's read receipt (M1), stored by the node's writer in one transaction: the reply mail it makes needless is
/// skipped, and the conversation's read mark moves forward, which the agents' thread shows as "Seen".
/// </summary>
public sealed class VisitorReadMarks(TurnBatcher writer, ConversationEvents events)
{
    /// <param name="visitorSeq">The last message read, in the visitor's numbering.</param>
    public async Task MarkAsync(string conversationId, long visitorSeq, CancellationToken cancellationToken)
    {
        var moved = await writer.WriteAsync((services, token) => MarkAsync(services.GetRequiredService<ChatflowsDbContext>(), conversationId, visitorSeq, token), cancellationToken);
        if (moved is { } seq)
        {
            await events.SeenAsync(conversationId, seq, cancellationToken);
        }
    }

    // The mark is kept in the agents' numbering, the one their thread is drawn in; a number past the last message marks that one.
    private static async Task<long?> MarkAsync(ChatflowsDbContext db, string conversationId, long visitorSeq, CancellationToken cancellationToken)
    {
        await ReplyMails.VisitorReadAsync(db, conversationId, visitorSeq, cancellationToken);
        var upTo = await db.Messages.Where(m => m.ConversationId == conversationId && m.VisitorSeq != null && m.VisitorSeq <= visitorSeq)
            .MaxAsync(m => (long?)m.Seq, cancellationToken);
        if (upTo is not { } seq)
        {
            return null;
        }

        var moved = await db.Conversations.Where(c => c.Id == conversationId && c.VisitorReadSeq < seq)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.VisitorReadSeq, seq), cancellationToken);
        return moved > 0 ? seq : null;
    }
}
