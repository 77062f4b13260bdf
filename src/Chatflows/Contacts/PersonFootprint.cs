using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Contacts;

/// <summary>
/// Where one person's data lives: the contacts, visitor ids, conversations and e-mail addresses that are
/// theirs. Export and erasure both start here, so what is handed over and what is erased cannot drift apart.
/// A contact reaches the conversations it took part in and those of the visitor it was first seen as; a
/// visitor id reaches its conversations and the contacts first seen as it or met in them.
/// </summary>
internal sealed record PersonFootprint(
    IReadOnlyList<long> ContactIds,
    IReadOnlyList<string> VisitorIds,
    IReadOnlyList<string> ConversationIds,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Names)
{
    public static async Task<PersonFootprint?> OfContactAsync(ChatflowsDbContext db, long contactId, CancellationToken cancellationToken)
    {
        return await db.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken) ? await ExpandAsync(db, [contactId], [], cancellationToken) : null;
    }

    public static Task<PersonFootprint> OfVisitorAsync(ChatflowsDbContext db, string visitorId, CancellationToken cancellationToken) =>
        ExpandAsync(db, [], [visitorId], cancellationToken);

    /// <summary>
    /// Follows the links until nothing new turns up: a visitor's second conversation made a second contact, a
    /// contact with the same e-mail address is the same person, a contact reached through a conversation
    /// brings its own visitor id. Three rounds reach every link the module writes.
    /// </summary>
    private static async Task<PersonFootprint> ExpandAsync(
        ChatflowsDbContext db, List<long> seedContacts, List<string> seedVisitors, CancellationToken cancellationToken)
    {
        HashSet<long> contactIds = [.. seedContacts];
        HashSet<string> visitorIds = new(seedVisitors, StringComparer.Ordinal);
        HashSet<string> emails = new(StringComparer.Ordinal);
        HashSet<string> conversationIds = new(StringComparer.Ordinal);
        List<ContactRecord> contacts = [];
        for (var round = 0; round < 3; round++)
        {
            var knownContacts = contactIds.ToList();
            var knownVisitors = visitorIds.ToList();
            var knownEmails = emails.ToList();
            contacts = await db.Contacts.AsNoTracking()
                .Where(c => knownContacts.Contains(c.Id) || (c.VisitorId != null && knownVisitors.Contains(c.VisitorId)) || (c.Email != null && knownEmails.Contains(c.Email)) || (c.VerifiedEmail != null && knownEmails.Contains(c.VerifiedEmail)))
                .ToListAsync(cancellationToken);
            contactIds.UnionWith(contacts.Select(c => c.Id));
            visitorIds.UnionWith(contacts.Where(c => c.VisitorId is not null).Select(c => c.VisitorId!));
            emails.UnionWith(contacts.Where(c => !string.IsNullOrEmpty(c.Email)).Select(c => c.Email!.Trim().ToLowerInvariant()));
            emails.UnionWith(contacts.Where(c => !string.IsNullOrEmpty(c.VerifiedEmail)).Select(c => c.VerifiedEmail!));

            var ids = contactIds.ToList();
            var visitors = visitorIds.ToList();
            var conversations = await db.Conversations.AsNoTracking()
                .Where(c => visitors.Contains(c.VisitorId) || (c.ContactId != null && ids.Contains(c.ContactId.Value)))
                .Select(c => new { c.Id, c.VisitorId, c.ContactId }).ToListAsync(cancellationToken);
            var before = (contactIds.Count, visitorIds.Count, conversationIds.Count);
            conversationIds.UnionWith(conversations.Select(c => c.Id));
            visitorIds.UnionWith(conversations.Select(c => c.VisitorId));
            contactIds.UnionWith(conversations.Where(c => c.ContactId is not null).Select(c => c.ContactId!.Value));
            if (before == (contactIds.Count, visitorIds.Count, conversationIds.Count) && round > 0)
            {
                break;
            }
        }

        var conversationList = conversationIds.ToList();
        var meetingPeople = await db.Meetings.AsNoTracking()
            .Where(m => m.ConversationId != null && conversationList.Contains(m.ConversationId))
            .Select(m => new { m.VisitorEmail, m.VisitorName }).ToListAsync(cancellationToken);
        emails.UnionWith(meetingPeople.Select(m => m.VisitorEmail.Trim().ToLowerInvariant()).Where(e => e.Length > 0));
        HashSet<string> names = new(meetingPeople.Select(m => m.VisitorName).Where(n => n.Length > 0), StringComparer.Ordinal);
        foreach (var contact in contacts)
        {
            var full = ContactNames.Of(contact);
            if (!full.Contains('@', StringComparison.Ordinal) && !full.StartsWith("Contact #", StringComparison.Ordinal))
            {
                names.Add(full);
            }
        }

        return new PersonFootprint([.. contactIds], [.. visitorIds], conversationList, [.. emails], [.. names]);
    }
}
