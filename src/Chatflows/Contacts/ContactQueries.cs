using Chatflows.Privacy;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Contacts;

/// <summary>Reading contacts for the admin: the searchable list and one contact with everything stored about them.</summary>
public sealed class ContactQueries(ChatflowsDbContext db, PersonalDataExport export)
{
    public const int PageSize = 50;

    /// <summary>How many candidate rows a search looks at before matching property values exactly.</summary>
    private const int SearchWindow = 5000;

    /// <summary>
    /// Newest first. A search matches e-mail addresses and property values (name, company, any property),
    /// case-insensitively: the database narrows with LIKE over the stored JSON, then values are matched exactly,
    /// so a word that is only a property's name ("email") does not match every contact.
    /// </summary>
    public async Task<ContactListPage> ListAsync(string? search, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var query = db.Contacts.AsNoTracking();
        var words = search?.Trim() ?? "";
        List<ContactRecord> rows;
        if (words.Length == 0)
        {
            rows = await query.OrderByDescending(c => c.UpdatedUtc).ThenByDescending(c => c.Id)
                .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        }
        else
        {
            var pattern = LikePattern.Containing(words);
            query = db.Database.IsNpgsql()
                ? query.Where(c => EF.Functions.ILike(c.Email!, pattern, LikePattern.Escape) || EF.Functions.ILike(c.PropertiesJson, pattern, LikePattern.Escape)
                    || EF.Functions.ILike(c.CompanyPropertiesJson, pattern, LikePattern.Escape))
                : query.Where(c => EF.Functions.Like(c.Email!, pattern, LikePattern.Escape) || EF.Functions.Like(c.PropertiesJson, pattern, LikePattern.Escape)
                    || EF.Functions.Like(c.CompanyPropertiesJson, pattern, LikePattern.Escape));
            var candidates = await query
                .OrderByDescending(c => c.UpdatedUtc).ThenByDescending(c => c.Id).Take(SearchWindow).ToListAsync(cancellationToken);
            rows = [.. candidates.Where(c => Matches(c, words)).Skip((page - 1) * PageSize).Take(PageSize + 1)];
        }

        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.Conversations.Where(c => c.ContactId != null && ids.Contains(c.ContactId.Value))
            .GroupBy(c => c.ContactId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        return new ContactListPage(
            [.. rows.Take(PageSize).Select(c => new ContactListRow(c.Id, c.Email, ContactNames.Of(c), Company(c), counts.GetValueOrDefault(c.Id), c.UpdatedUtc))],
            page, rows.Count > PageSize);
    }

    /// <summary>Null when there is no such contact. One read of everything: the page's name comes from the export's own copy of the contact.</summary>
    public async Task<ContactDetails?> DetailsAsync(long id, CancellationToken cancellationToken)
    {
        if (await export.OfContactAsync(id, cancellationToken) is not { } data || data.Contacts.FirstOrDefault(c => c.Id == id) is not { } contact)
        {
            return null;
        }

        return new ContactDetails(id, ContactNames.Of(id, contact.Email, contact.Properties), data);
    }

    private static bool Matches(ContactRecord contact, string words) =>
        (contact.Email?.Contains(words, StringComparison.OrdinalIgnoreCase) ?? false)
        || ContactProperties.Read(contact.PropertiesJson).Values.Any(v => v.Contains(words, StringComparison.OrdinalIgnoreCase))
        || ContactProperties.Read(contact.CompanyPropertiesJson).Values.Any(v => v.Contains(words, StringComparison.OrdinalIgnoreCase));

    private static string? Company(ContactRecord contact) =>
        ContactProperties.Read(contact.CompanyPropertiesJson).GetValueOrDefault("name") is { Length: > 0 } name ? name
        : ContactProperties.Read(contact.PropertiesJson).GetValueOrDefault("company");
}
