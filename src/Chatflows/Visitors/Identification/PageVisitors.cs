using Chatflows.Contacts;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Visitors.Identification;

/// <summary>
/// Who is on the page for the widget configuration: the contact a valid identity token names (O10), else the contact
/// of the visitor's signed id. Reads only: a page load creates no contact; the first conversation does.
/// </summary>
internal sealed class PageVisitors(ChatflowsDbContext db, IdentityTokenVerifier identities)
{
    public async Task<PageVisitor> ReadAsync(string? visitorId, string? identityToken, CancellationToken cancellationToken)
    {
        var identity = identities.Verify(identityToken, visitorId);
        if (identity is not null)
        {
            var email = identity.Email.Trim().ToLowerInvariant();
            var known = await db.Contacts.AsNoTracking().Where(c => c.VerifiedEmail == email).OrderBy(c => c.Id).FirstOrDefaultAsync(cancellationToken);
            var properties = ContactProperties.Read(known?.PropertiesJson ?? "{}");
            foreach (var (property, value) in ContactDirectory.PropertiesOf(identity))
            {
                properties[property] = value;
            }

            return new PageVisitor(properties, Company(known), Known: true, Identified: true);
        }

        var contact = visitorId is null
            ? null
            : await db.Contacts.AsNoTracking().Where(c => c.VisitorId == visitorId).OrderByDescending(c => c.UpdatedUtc).FirstOrDefaultAsync(cancellationToken);
        return new PageVisitor(
            ContactProperties.Read(contact?.PropertiesJson ?? "{}"), Company(contact), Known: contact?.Email is not null, Identified: false);
    }

    private static Dictionary<string, string> Company(ContactRecord? contact) => ContactProperties.Read(contact?.CompanyPropertiesJson ?? "{}");
}
