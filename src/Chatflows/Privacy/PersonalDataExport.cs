using System.Text.Json;
using Chatflows.Contacts;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Privacy;

/// <summary>Gathers a person's <see cref="PersonalDataDocument"/> from what <see cref="PersonFootprint"/> finds.</summary>
public sealed class PersonalDataExport(ChatflowsDbContext db, TimeProvider time)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<PersonalDataDocument?> OfContactAsync(long contactId, CancellationToken cancellationToken) =>
        await PersonFootprint.OfContactAsync(db, contactId, cancellationToken) is { } footprint ? await GatherAsync(footprint, cancellationToken) : null;

    /// <summary>Null when the visitor id is unknown here.</summary>
    public async Task<PersonalDataDocument?> OfVisitorAsync(string visitorId, CancellationToken cancellationToken)
    {
        var footprint = await PersonFootprint.OfVisitorAsync(db, visitorId, cancellationToken);
        var known = footprint.ContactIds.Count > 0 || footprint.ConversationIds.Count > 0
            || await db.Consents.AnyAsync(c => c.VisitorId == visitorId, cancellationToken);
        return known ? await GatherAsync(footprint, cancellationToken) : null;
    }

    private async Task<PersonalDataDocument> GatherAsync(PersonFootprint person, CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.AsNoTracking().Where(c => person.ContactIds.Contains(c.Id)).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var chatflowNames = await db.Chatflows.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var conversations = await db.Conversations.AsNoTracking().Where(c => person.ConversationIds.Contains(c.Id))
            .OrderBy(c => c.StartedUtc).ToListAsync(cancellationToken);
        var messages = (await db.Messages.AsNoTracking().Where(m => person.ConversationIds.Contains(m.ConversationId)).VisibleToVisitor()
            .OrderBy(m => m.Seq).ToListAsync(cancellationToken)).ToLookup(m => m.ConversationId);
        var consents = await db.Consents.AsNoTracking().Where(c => person.VisitorIds.Contains(c.VisitorId)).OrderBy(c => c.RecordedUtc).ToListAsync(cancellationToken);
        var tickets = await db.Tickets.AsNoTracking()
            .Where(t => (t.ContactId != null && person.ContactIds.Contains(t.ContactId.Value)) || (t.ConversationId != null && person.ConversationIds.Contains(t.ConversationId)))
            .OrderBy(t => t.CreatedUtc).ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => (m.ConversationId != null && person.ConversationIds.Contains(m.ConversationId)) || person.Emails.Contains(m.VisitorEmail))
            .OrderBy(m => m.StartUtc).ToListAsync(cancellationToken);
#pragma warning disable CA1304, CA1311 // translated to SQL lower(): no .NET culture is involved
        var mails = await db.MailOutbox.AsNoTracking()
            .Where(m => (m.ConversationId != null && person.ConversationIds.Contains(m.ConversationId)) || person.Emails.Contains(m.ToAddress.ToLower()))
            .OrderBy(m => m.CreatedUtc).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
        var answers = await db.SurveyResponses.AsNoTracking().Where(s => person.ConversationIds.Contains(s.ConversationId))
            .OrderBy(s => s.CreatedUtc).ToListAsync(cancellationToken);

        return new PersonalDataDocument(
            time.GetUtcNow(),
            [.. contacts.Select(c => new PersonalDataDocument.Contact(c.Id, c.Email, ContactProperties.Read(c.PropertiesJson),
                ContactProperties.Read(c.CompanyPropertiesJson), c.IsMarketingContact, Utc(c.CreatedUtc), Utc(c.UpdatedUtc)))],
            person.VisitorIds,
            [.. conversations.Select(c => new PersonalDataDocument.Conversation(c.Id, chatflowNames.GetValueOrDefault(c.ChatflowId, c.ChatflowId), c.Status,
                c.PageUrl, Utc(c.StartedUtc), Utc(c.LastActivityUtc),
                [.. messages[c.Id].Select(m => new PersonalDataDocument.Message(Author(m.Author), m.Text, Utc(m.CreatedUtc)))]))],
            [.. consents.Select(c => new PersonalDataDocument.Consent(c.Kind, chatflowNames.GetValueOrDefault(c.ChatflowId, c.ChatflowId), c.Version, c.Granted, Utc(c.RecordedUtc)))],
            [.. tickets.Select(t => new PersonalDataDocument.Ticket(t.Reference, t.Pipeline, t.Status, t.Priority, t.Subject, t.Description, Utc(t.CreatedUtc)))],
            [.. meetings.Select(m => new PersonalDataDocument.Meeting(m.Reference, m.Title, Utc(m.StartUtc), Utc(m.EndUtc), m.VisitorName, m.VisitorEmail,
                m.VisitorTimeZone, m.CancelledUtc is { } cancelled ? Utc(cancelled) : null))],
            [.. answers.Select(s => new PersonalDataDocument.SurveyAnswer(s.ConversationId, s.Rating, s.Scale, s.Comment, Utc(s.CreatedUtc)))],
            [.. mails.Select(m => new PersonalDataDocument.Mail(m.Kind, m.ToAddress, m.Subject, m.Status, Utc(m.CreatedUtc), m.SentUtc is { } sent ? Utc(sent) : null))]);
    }

    private static string Author(MessageAuthor author) => JsonNamingPolicy.CamelCase.ConvertName(author.ToString());

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
