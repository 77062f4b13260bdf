using Chatflows.Audit;
using Chatflows.Core.Actions;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Contacts;

/// <summary>Changing contacts from the admin: their properties, and merging two records of one person.</summary>
public sealed class ContactEditor(ChatflowsDbContext db, AuditLog audit, TimeProvider time)
{
    public const int MaxValueLength = 1000;

    /// <summary>Replaces the contact's properties with <paramref name="properties"/>; an empty value removes one. Null when there is no such contact.</summary>
    public async Task<IReadOnlyList<FieldError>?> SetPropertiesAsync(long id, IReadOnlyList<KeyValuePair<string, string>> properties, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        List<FieldError> errors = [];
        for (var i = 0; i < properties.Count; i++)
        {
            var (name, value) = (properties[i].Key.Trim(), properties[i].Value.Trim());
            if (!PropertyName.IsValid(name))
            {
                errors.Add(new FieldError($"Properties[{i}].Name", ValidationTexts.PropertyName()));
            }
            else if (value.Length > MaxValueLength)
            {
                errors.Add(new FieldError($"Properties[{i}].Value", ValidationTexts.ContactValueLength(MaxValueLength)));
            }
            else if (name == "email" && value.Length > 0 && !System.Net.Mail.MailAddress.TryCreate(value, out _))
            {
                errors.Add(new FieldError($"Properties[{i}].Value", ValidationTexts.ContactEmail()));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        contact.PropertiesJson = "{}";
        contact.Email = null;
        foreach (var (name, value) in properties.Select(p => (p.Key.Trim(), p.Value.Trim())).Where(p => p.Item2.Length > 0))
        {
            ContactProperties.Set(contact, name, name == "email" ? value.ToLowerInvariant() : value, company: false, now);
        }

        contact.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>
    /// Folds <paramref name="duplicateId"/> into <paramref name="keepId"/>: its conversations and tickets move over,
    /// its properties fill what the kept contact lacks (the kept contact's values win), and it is deleted.
    /// </summary>
    public async Task<bool> MergeAsync(long keepId, long duplicateId, Editor by, CancellationToken cancellationToken)
    {
        if (keepId == duplicateId)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contacts = await db.Contacts.Where(c => c.Id == keepId || c.Id == duplicateId).ToListAsync(cancellationToken);
        if (contacts.Count != 2)
        {
            return false;
        }

        var keep = contacts.Single(c => c.Id == keepId);
        var duplicate = contacts.Single(c => c.Id == duplicateId);
        var now = time.GetUtcNow().UtcDateTime;
        keep.PropertiesJson = Fold(keep.PropertiesJson, duplicate.PropertiesJson);
        keep.CompanyPropertiesJson = Fold(keep.CompanyPropertiesJson, duplicate.CompanyPropertiesJson);
        keep.Email ??= duplicate.Email;
        keep.VerifiedEmail ??= duplicate.VerifiedEmail; // an administrator's merge: they judged the two to be one person
        keep.VisitorId ??= duplicate.VisitorId;
        keep.IsMarketingContact |= duplicate.IsMarketingContact;
        keep.UpdatedUtc = now;
        await db.Conversations.Where(c => c.ContactId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ContactId, keepId), cancellationToken);
        await db.Tickets.Where(t => t.ContactId == duplicateId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactId, keepId), cancellationToken);
        db.Contacts.Remove(duplicate);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(by, AuditActions.ContactsMerged, "", "", $"Contact #{duplicateId} merged into contact #{keepId}", cancellationToken);
        return true;
    }

    private static string Fold(string keepJson, string duplicateJson)
    {
        var keep = ContactProperties.Read(keepJson);
        foreach (var (name, value) in ContactProperties.Read(duplicateJson))
        {
            keep.TryAdd(name, value);
        }

        return ContactProperties.Write(keep);
    }
}
