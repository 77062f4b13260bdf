using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Analytics;
using Chatflows.Contacts;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Inbox;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors;

/// <summary>
/// Writes one turn into the unit of work: the visitor message, the replies, the new state, the side
/// effects (meeting bookings, contact properties, tickets, hand-off) and analytics events. The caller commits once.
/// </summary>
public sealed class TurnWriter(
    ChatflowsDbContext db, ConversationAssigner assigner, TicketAssigner tickets, Meetings.MeetingBooker meetings, Mail.TicketMails ticketMails, Mail.HandoffMails handoffMails)
{
    private AnalyticsTally? _analytics;

    /// <param name="language">The language of the flow the turn ran: its mails speak it, without a query per mail.</param>
    /// <param name="rows">When given, messages and events are collected there for one multi-row insert per batch instead of being tracked.</param>
    /// <returns>The turn's messages; null when a meeting the turn books was taken since it ran, and then nothing of the turn was written.</returns>
    public async Task<List<MessageRecord>?> WriteAsync(
        ConversationRecord conversation, string language, string? visitorText, string? clientMessageId, TurnResult turn, DateTime now,
        CancellationToken cancellationToken, TurnRows? rows = null)
    {
        // Claimed before anything else of the turn is written, so a refused claim leaves nothing to undo. A turn books
        // at most one meeting: the booking action waits for the visitor's choice before it books.
        foreach (var booking in turn.SideEffects.OfType<BookMeeting>())
        {
            if (!await meetings.ClaimAsync(booking, conversation.Id, cancellationToken))
            {
                return null;
            }
        }

        List<MessageRecord> messages = [];
        if (visitorText is not null)
        {
            messages.Add(Append(conversation, new MessageRecord
            {
                Author = MessageAuthor.Visitor, Text = visitorText, ClientMessageId = clientMessageId, CreatedUtc = now,
            }, rows));
        }

        foreach (var reply in turn.Replies)
        {
            messages.Add(Append(conversation, new MessageRecord
            {
                Author = MessageAuthor.Bot,
                Kind = JsonNamingPolicy.CamelCase.ConvertName(reply.Kind.ToString()),
                Text = reply.Text,
                PayloadJson = Payload(reply),
                CreatedUtc = now,
            }, rows));
        }

        conversation.StateJson = JsonSerializer.Serialize(turn.State, FlowJson.Options);
        conversation.Status = ConversationStatuses.Of(turn.State.Status);
        conversation.LastActivityUtc = now;
        var hadContact = conversation.ContactId is not null;
        await ApplyAsync(
            conversation, language, turn.SideEffects, turn.State.Contact.GetValueOrDefault("email") ?? conversation.VerifiedEmail, now, rows?.Mails, cancellationToken);
        if (!conversation.IsPreview)
        {
            var events = turn.Events.Select(e => new FlowEventRecord
            {
                ChatflowId = conversation.ChatflowId,
                ConversationId = conversation.Id,
                Kind = FlowEventKinds.Of(e.Kind),
                ActionId = e.ActionId,
                Detail = e.Detail,
                OccurredUtc = now,
            }).ToList();
            await TallyAsync(conversation, conversation.Language ?? language, events, hadContact, now, rows, cancellationToken);
            if (rows is null)
            {
                db.FlowEvents.AddRange(events);
            }
            else
            {
                rows.Events.AddRange(events);
            }
        }

        return messages;
    }

    /// <summary>
    /// Writes the analytics summary's changes of the last turn written without <see cref="TurnRows"/>.
    /// Call it after SaveChanges, right before the commit: the summary rows are shared by every turn of
    /// the quarter hour, so their row locks should be held for as short a time as possible.
    /// </summary>
    public async Task SaveAnalyticsAsync(CancellationToken cancellationToken)
    {
        if (_analytics is { } tally)
        {
            _analytics = null;
            await tally.SaveAsync(db, cancellationToken);
        }
    }

    /// <summary>The analytics summary moves with the events, in the same transaction: with the batch's rows when there are, else at <see cref="SaveAnalyticsAsync"/>.</summary>
    /// <param name="language">The conversation's language, fixed at its start (older conversations: their flow's), on the same summary rows.</param>
    private async Task TallyAsync(
        ConversationRecord conversation, string language, List<FlowEventRecord> events, bool hadContact, DateTime now, TurnRows? rows, CancellationToken cancellationToken)
    {
        // A fresh tally per turn written alone: a retried turn must not carry its failed attempt's counts.
        var tally = rows?.Analytics ?? (_analytics = new AnalyticsTally());
        if (db.Entry(conversation).State != EntityState.Added)
        {
            await tally.LoadAsync(db, [conversation.Id], cancellationToken);
        }

        events.ForEach(e => tally.Add(e, language));
        if (!hadContact && conversation.ContactId is not null)
        {
            tally.AddContact(conversation.ChatflowId, language, now);
        }

    }

    private MessageRecord Append(ConversationRecord conversation, MessageRecord message, TurnRows? rows)
    {
        MessageNumbering.Number(conversation, message);
        if (rows is null)
        {
            db.Messages.Add(message);
        }
        else
        {
            rows.Messages.Add(message);
        }

        return message;
    }

    /// <param name="mails">Where the batch collects its outbox rows; null tracks them in the context.</param>
    private async Task ApplyAsync(
        ConversationRecord conversation, string language, IReadOnlyList<SideEffect> effects, string? email, DateTime now, List<MailOutboxRecord>? mails,
        CancellationToken cancellationToken)
    {
        ContactRecord? contact = null;
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case SetContactProperty set:
                    contact ??= await ContactAsync(conversation, now, cancellationToken);
                    ContactProperties.Set(contact, set.Property, set.Value, company: false, now);
                    break;
                case SetCompanyProperty set:
                    contact ??= await ContactAsync(conversation, now, cancellationToken);
                    ContactProperties.Set(contact, set.Property, set.Value, company: true, now);
                    break;
                case CreateTicket ticket:
                    var assignee = await tickets.NextAsync(cancellationToken);
                    db.Tickets.Add(new TicketRecord
                    {
                        Reference = ticket.Reference, ConversationId = conversation.Id, ContactId = conversation.ContactId ?? contact?.Id,
                        Pipeline = ticket.Pipeline, Status = ticket.Status, Subject = Cut(ticket.Subject, 200), Description = ticket.Description,
                        AssigneeId = assignee, CreatedUtc = now, UpdatedUtc = now,
                    });
                    await ticketMails.AddCreatedAsync(db, conversation, ticket.Reference, email, language, mails, cancellationToken);
                    if (assignee is not null && !conversation.IsPreview)
                    {
                        await ticketMails.AddAssignedAsync(db, ticket.Reference, conversation.Id, assignee, cancellationToken, language, mails);
                    }

                    break;
                case BookMeeting:
                    break; // claimed first, in WriteAsync
                case HandOff handOff:
                    conversation.AssignedUserId = await assigner.ChooseAsync(handOff.UserId, handOff.TeamId, cancellationToken);
                    conversation.AssignedTeamId = handOff.TeamId;
                    conversation.AssignedUtc = conversation.AssignedUserId is null ? null : now;
                    await handoffMails.AddAsync(db, conversation, handOff.TeamId, language, now, mails, cancellationToken);
                    break;
            }
        }
    }

    private async Task<ContactRecord> ContactAsync(ConversationRecord conversation, DateTime now, CancellationToken cancellationToken)
    {
        if (conversation.ContactId is { } id && await db.Contacts.FindAsync([id], cancellationToken) is { } known)
        {
            return known;
        }

        var contact = new ContactRecord
        {
            VisitorId = conversation.VisitorId, CreatedUtc = now, UpdatedUtc = now, IsMarketingContact = await MarketingContactsAsync(conversation, cancellationToken),
        };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken); // inside the turn's transaction: gives the id, commits nothing yet
        conversation.ContactId = contact.Id;
        return contact;
    }

    // O8: read only when a contact is first created (once per conversation at most), from what the conversation runs.
    private async Task<bool> MarketingContactsAsync(ConversationRecord conversation, CancellationToken cancellationToken)
    {
        var json = await db.Chatflows.Where(c => c.Id == conversation.ChatflowId)
            .Select(c => conversation.IsPreview ? c.DraftJson : c.PublishedJson).SingleOrDefaultAsync(cancellationToken);
        return json is not null && FlowJson.Deserialize(json).Options.MarketingContacts;
    }

    private static string? Payload(BotReply reply)
    {
        var payload = reply.Payload?.DeepClone().AsObject() ?? [];
        if (reply.QuickReplies.Count > 0)
        {
            payload["quickReplies"] = JsonSerializer.SerializeToNode(reply.QuickReplies, FlowJson.Options);
        }

        if (reply.InputHint is not null)
        {
            payload["inputHint"] = reply.InputHint;
        }

        if (reply.ActionId is not null)
        {
            payload["actionId"] = reply.ActionId;
        }

        payload["delayMs"] = reply.DelayMs;
        return payload.ToJsonString();
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
