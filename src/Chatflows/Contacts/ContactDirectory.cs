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
        foreach (var (property, value) in PropertiesOf(identity))
        {
            ContactProperties.Set(contact, property, value, company: false, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    /// <summary>The contact properties a token vouches for (e-mail, first and last name, external id), as stored on the contact.</summary>
    public static IEnumerable<(string Property, string Value)> PropertiesOf(VisitorIdentity identity)
    {
        yield return ("email", identity.Email.Trim().ToLowerInvariant());
        if (identity.Name is { Length: > 0 } name)
        {
            var parts = name.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0)
            {
                yield return ("firstname", parts[0]);
            }

            if (parts.Length > 1)
            {
                yield return ("lastname", parts[1]);
            }
        }

        if (identity.ExternalId is { Length: > 0 } externalId)
        {
            yield return ("externalid", externalId);
        }
    }
}
