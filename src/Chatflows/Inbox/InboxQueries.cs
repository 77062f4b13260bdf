using Chatflows.Contacts;
using Chatflows.Storage;
using Chatflows.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Inbox;

/// <summary>Reading the inbox: the filtered list with the reading agent's own unread counts, and one conversation's thread.</summary>
public sealed class InboxQueries(ChatflowsDbContext db)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<InboxRow>> ListAsync(InboxFilter filter, string agentId, CancellationToken cancellationToken)
    {
        var query = db.Conversations.AsNoTracking().Where(c => !c.IsPreview);
        query = filter.View switch
        {
            InboxViews.Mine => query.Where(c => c.AssignedUserId == agentId && c.Status != ConversationStatuses.Closed && c.Status != ConversationStatuses.Ended),
            InboxViews.Unassigned => query.Where(c => c.AssignedUserId == null && c.Status != ConversationStatuses.Closed && c.Status != ConversationStatuses.Ended),
            InboxViews.Closed => query.Where(c => c.Status == ConversationStatuses.Closed || c.Status == ConversationStatuses.Ended),
            _ => query.Where(c => c.Status != ConversationStatuses.Closed && c.Status != ConversationStatuses.Ended),
        };
        if (!string.IsNullOrWhiteSpace(filter.ChatflowId))
        {
            query = query.Where(c => c.ChatflowId == filter.ChatflowId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Channel))
        {
            query = query.Where(c => db.Chatflows.Any(f => f.Id == c.ChatflowId && f.Binding == filter.Channel));
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            query = query.Where(c => c.Status == filter.Status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var matching = MessageSearch.ConversationIds(db, filter.Search.Trim());
            query = query.Where(c => matching.Contains(c.Id));
        }

        var rows = await (
            from c in query
            orderby c.LastActivityUtc descending
            select new
            {
                c.Id,
                Chatflow = db.Chatflows.Where(f => f.Id == c.ChatflowId).Select(f => f.Name).FirstOrDefault(),
                c.Status,
                Agent = db.Users.Where(u => u.Id == c.AssignedUserId).Select(u => u.DisplayName).FirstOrDefault(),
                c.AssignedTeamId,
                Email = db.Contacts.Where(k => k.Id == c.ContactId).Select(k => k.Email).FirstOrDefault(),
                Last = db.Messages.Where(m => m.ConversationId == c.Id && m.Author != MessageAuthor.System)
                    .OrderByDescending(m => m.Seq).Select(m => m.Text).FirstOrDefault(),
                c.LastActivityUtc,
                Unread = db.Messages.Count(m => m.ConversationId == c.Id && m.Author == MessageAuthor.Visitor
                    && m.Seq > (db.AgentReads.Where(r => r.ConversationId == c.Id && r.UserId == agentId).Select(r => (long?)r.ReadSeq).FirstOrDefault() ?? 0)),
                Sample = db.SampleData.Any(s => s.Kind == SampleDataKinds.Conversation && s.Key == c.Id),
            }).Take(PageSize).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new InboxRow(r.Id, r.Chatflow ?? "", r.Status, r.Agent, r.AssignedTeamId, r.Email, Preview(r.Last), r.LastActivityUtc, r.Unread, r.Sample))];
    }

    /// <summary>Visitor messages this agent has not seen, over the open conversations they own.</summary>
    public Task<int> UnreadForAsync(string agentId, CancellationToken cancellationToken) =>
        db.Conversations.Where(c => c.AssignedUserId == agentId && c.Status == ConversationStatuses.HandedOff)
            .SumAsync(c => db.Messages.Count(m => m.ConversationId == c.Id && m.Author == MessageAuthor.Visitor
                && m.Seq > (db.AgentReads.Where(r => r.ConversationId == c.Id && r.UserId == agentId).Select(r => (long?)r.ReadSeq).FirstOrDefault() ?? 0)), cancellationToken);

    public async Task<InboxThread?> ThreadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == conversationId && !c.IsPreview, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var messages = await db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId).OrderBy(m => m.Seq).Take(1000).ToListAsync(cancellationToken);
        var contact = conversation.ContactId is { } contactId ? await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken) : null;
        var chatflow = await db.Chatflows.Where(c => c.Id == conversation.ChatflowId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken);
        var userIds = messages.Select(m => m.AuthorUserId).OfType<string>().Append(conversation.AssignedUserId ?? "").Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var chatflowName = chatflow ?? conversation.ChatflowId;
        return new InboxThread(
            new InboxConversation(conversation.Id, conversation.Status, conversation.AssignedUserId, conversation.AssignedTeamId,
                conversation.PageUrl, conversation.StartedUtc, conversation.LastSeq, conversation.VisitorReadSeq),
            chatflowName,
            conversation.AssignedUserId is { } agent ? names.GetValueOrDefault(agent) : null,
            [.. messages.Select(m => new TranscriptLine(m.Seq, m.Author.ToString().ToLowerInvariant(), Who(m, chatflowName, names), m.CreatedUtc, m.Text))],
            contact is null ? new Dictionary<string, string>() : ContactProperties.Read(contact.PropertiesJson),
            contact is null ? new Dictionary<string, string>() : ContactProperties.Read(contact.CompanyPropertiesJson),
            await ConversationRating.ForAsync(db, conversationId, cancellationToken));
    }

    private static string Who(MessageRecord message, string chatflowName, Dictionary<string, string> names) => message.Author switch
    {
        MessageAuthor.Visitor => "Visitor",
        MessageAuthor.Bot => $"Bot · {chatflowName}",
        MessageAuthor.Agent => names.GetValueOrDefault(message.AuthorUserId ?? "") ?? "Agent",
        MessageAuthor.Note => $"Internal note · {names.GetValueOrDefault(message.AuthorUserId ?? "") ?? "Agent"}",
        _ => "System",
    };

    private static string? Preview(string? text) => text is { Length: > 120 } ? text[..120] + "…" : text;
}
