using System.Text.Json.Nodes;
using Chatflows.Live;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>The conversation as the visitor saw it (the one rule of <see cref="VisitorVisibility"/>), read when the mail goes out.</summary>
public sealed class TranscriptMailContent(ChatflowsDbContext db) : IMailContent
{
    private const int MaxMessages = 500;

    public IReadOnlyList<string> Kinds { get; } = [MailKinds.Transcript];

    public async Task<MailContent> BuildAsync(MailOutboxRecord row, JsonObject model, CancellationToken cancellationToken)
    {
        var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == row.ConversationId).VisibleToVisitor()
            .Where(m => m.Text.Length > 0).OrderBy(m => m.Seq).Take(MaxMessages)
            .Select(m => new { m.Author, m.Text }).ToListAsync(cancellationToken);
        if (messages.Count == 0)
        {
            return MailContent.Skipped("The conversation has no messages.");
        }

        model["messages"] = new JsonArray([.. messages.Select(m => (JsonNode)new JsonObject
        {
            ["fromVisitor"] = m.Author == MessageAuthor.Visitor,
            ["text"] = m.Text,
        })]);
        return MailContent.None;
    }
}
