using Chatflows.Storage;
using Chatflows.Visitors.Identification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Contacts;

/// <summary>
/// Finds the contact a site identified (O10), creating it the first time, with what the token said. It matches on
/// <see cref="ContactRecord.VerifiedEmail"/> only: a contact whose address a visitor merely typed is someone's
/// claim, and a verified token must not adopt it (or what was planted in it). Written by the node's one writer: an
/// identified visitor's start would otherwise commit on its own between the writer's rounds.
/// </summary>
public sealed class ContactDirectory(Visitors.TurnBatcher writer, TimeProvider time)
{
    public Task<ContactRecord> FindOrCreateAsync(VisitorIdentity identity, string visitorId, CancellationToken cancellationToken) =>
        writer.WriteAsync((services, token) => FindOrCreateAsync(services.GetRequiredService<ChatflowsDbContext>(), identity, visitorId, token), cancellationToken);

    private async Task<ContactRecord> FindOrCreateAsync(ChatflowsDbContext db, VisitorIdentity identity, string visitorId, CancellationToken cancellationToken)
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

        return contact; // saved by the writer, which gives it its id before the caller hears of it
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
