using Chatflows.Storage;

namespace Chatflows.Contacts;

/// <summary>How a contact is named on admin pages: first and last name, else the e-mail address, else its number.</summary>
internal static class ContactNames
{
    public static string Of(ContactRecord contact) => Of(contact.Id, contact.Email, ContactProperties.Read(contact.PropertiesJson));

    public static string Of(long id, string? email, IReadOnlyDictionary<string, string> properties)
    {
        var name = string.Join(' ', new[] { properties.GetValueOrDefault("firstname"), properties.GetValueOrDefault("lastname") }
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return name.Length > 0 ? name : email is { Length: > 0 } ? email : $"Contact #{id}";
    }
}
