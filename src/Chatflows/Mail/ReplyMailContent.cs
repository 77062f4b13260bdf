using System.Text.Json.Nodes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>
/// The replies by mail: every agent reply since the one that started the mail, read when it goes out, with
/// the link back into the chat and the one-click unsubscribe headers. Not needed when the visitor has
/// written since: they are back.
/// </summary>
public sealed class ReplyMailContent(ChatflowsDbContext db) : IMailContent
{
    private const int MaxReplies = 50;

    public IReadOnlyList<string> Kinds { get; } = [MailKinds.ConversationReply];

    public async Task<MailContent> BuildAsync(MailOutboxRecord row, JsonObject model, CancellationToken cancellationToken)
    {
        var from = (long?)model["fromSeq"] ?? 0;
        var since = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == row.ConversationId && m.Seq >= from && (m.Author == MessageAuthor.Agent || m.Author == MessageAuthor.Visitor))
            .OrderBy(m => m.Seq).Take(MaxReplies + 1).Select(m => new { m.Author, m.Text, m.PayloadJson }).ToListAsync(cancellationToken);
        if (since.Any(m => m.Author == MessageAuthor.Visitor))
        {
            return MailContent.Skipped("The visitor wrote in the chat after the reply.");
        }

        if (since.Count == 0)
        {
            return MailContent.Skipped("There is no reply to send.");
        }

        // What a visitor may see: agent replies only (never notes or system records), as stored.
        model["replies"] = new JsonArray([.. since.Take(MaxReplies).Select(m => (JsonNode)new JsonObject
        {
            ["author"] = AgentName(m.PayloadJson),
            ["text"] = m.Text,
        })]);
        var unsubscribe = (string?)model["unsubscribeUrl"] ?? "";
        return new MailContent([],
        [
            new("List-Unsubscribe", $"<{unsubscribe}>"),
            new("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]);
    }

    private static string AgentName(string? payload) =>
        payload is not null && JsonNode.Parse(payload) is JsonObject o && (string?)o["agentName"] is { Length: > 0 } name ? name : "";
}
