using System.Text.Json.Nodes;
using Chatflows.Inbox;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>The team's reminder of a waiting hand-off; not needed once an agent replied or the conversation closed.</summary>
public sealed class HandoffMailContent(ChatflowsDbContext db) : IMailContent
{
    public IReadOnlyList<string> Kinds { get; } = [MailKinds.HandoffWaiting];

    public async Task<MailContent> BuildAsync(MailOutboxRecord row, JsonObject model, CancellationToken cancellationToken)
    {
        var from = (long?)model["fromSeq"] ?? 0;
        var conversation = await db.Conversations.AsNoTracking().Where(c => c.Id == row.ConversationId)
            .Select(c => new { c.Status, c.PageUrl }).SingleOrDefaultAsync(cancellationToken);
        if (conversation is null || !ConversationStatuses.IsOpen(conversation.Status))
        {
            return MailContent.Skipped("The conversation is closed.");
        }

        if (await db.Messages.AnyAsync(m => m.ConversationId == row.ConversationId && m.Seq > from && m.Author == MessageAuthor.Agent, cancellationToken))
        {
            return MailContent.Skipped("An agent took the conversation.");
        }

        var userId = (string?)model["userId"] ?? "";
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsAvailable, cancellationToken))
        {
            return MailContent.Skipped("The agent is not available.");
        }

        var last = await db.Messages.AsNoTracking().Where(m => m.ConversationId == row.ConversationId && m.Author == MessageAuthor.Visitor)
            .OrderByDescending(m => m.Seq).Select(m => m.Text).FirstOrDefaultAsync(cancellationToken);
        model["lastMessage"] = last ?? "";
        model["page"] = conversation.PageUrl ?? "";
        return MailContent.None;
    }
}
