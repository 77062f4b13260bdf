using Chatflows.Storage;
using Chatflows.Visitors.Identification;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Contacts;

/// <summary>
/// Finds the contact a site identified (O10), creating it the first time, with what the token said. It matches on
/// <see cref="ContactRecord.VerifiedEmail"/> only: a contact whose address a visitor merely typed is someone's
/// claim, and a verified token must not adopt it (or what was planted in it).
/// </summary>
public sealed class ContactDirectory(ChatflowsDbContext db, TimeProvider time)
{
    public async Task<ContactRecord> FindOrCreateAsync(VisitorIdentity identity, string visitorId, CancellationToken cancellationToken)
    {
        var email = identity.Email.Trim().ToLowerInvariant();
        var now = time.GetUtcNow().UtcDateTime;
        var contact = await db.Contacts.Where(c => c.VerifiedEmail == email).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            contact = new ContactRecord { Email = email, VerifiedEmail = email, CreatedUtc = now };
            db.Contacts.Add(contact);
        }

        contact.VisitorId = visitorId;
        ContactProperties.Set(contact, "email", email, company: false, now);
        if (identity.Name is { Length: > 0 } name)
        {
            var parts = name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            ContactProperties.Set(contact, "firstname", parts[0], company: false, now);
            if (parts.Length > 1)
            {
                ContactProperties.Set(contact, "lastname", parts[1], company: false, now);
            }
        }

        if (identity.ExternalId is { Length: > 0 } externalId)
        {
            ContactProperties.Set(contact, "externalid", externalId, company: false, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }
}
