using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Chatflows.Channel;
using Chatflows.Storage;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Surveys;

/// <summary>
/// The visitor's copy of a conversation as plain text. Only what the visitor saw goes in, by
/// <see cref="VisitorVisibility"/>: agents' internal notes and system records stay out.
/// </summary>
public static class TranscriptApi
{
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, HttpContext context, ChatflowsDbContext db, ChannelSettingsStore channel, CancellationToken cancellationToken)
    {
        if (await VisitorConversationAccess.FindAsync(context, db, id, cancellationToken) is not { } conversation)
        {
            return VisitorConversationAccess.NotTheirs();
        }

        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == id).VisibleToVisitor()
            .OrderBy(m => m.Seq).ToListAsync(cancellationToken);
        var agentIds = messages.Where(m => m.AuthorUserId is not null).Select(m => m.AuthorUserId!).Distinct().ToList();
        var agents = await db.Users.Where(u => agentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var chatName = (await channel.GetAsync(cancellationToken)).Settings.HeadingName;

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Conversation with {chatName}\r\n");
        text.Append(CultureInfo.InvariantCulture, $"Started {conversation.StartedUtc:yyyy-MM-dd HH:mm} UTC\r\n\r\n");
        foreach (var message in messages)
        {
            var who = message.Author switch
            {
                MessageAuthor.Visitor => "You",
                MessageAuthor.Agent => AgentName(message, agents) ?? chatName,
                _ => chatName,
            };
            text.Append(CultureInfo.InvariantCulture, $"[{message.CreatedUtc:yyyy-MM-dd HH:mm}] {who}: {message.Text.ReplaceLineEndings("\r\n    ")}\r\n");
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(),
            "text/plain; charset=utf-8", $"conversation-{conversation.StartedUtc:yyyy-MM-dd}.txt");
    }

    private static string? AgentName(MessageRecord message, Dictionary<string, string> agents)
    {
        if (message.AuthorUserId is { } userId && agents.TryGetValue(userId, out var name))
        {
            return name;
        }

        return message.PayloadJson is { } payload && JsonNode.Parse(payload)?["agentName"] is JsonValue value && value.TryGetValue<string>(out var agentName)
            ? agentName : null;
    }
}
