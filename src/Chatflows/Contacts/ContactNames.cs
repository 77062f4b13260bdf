using Chatflows.Storage;

namespace Chatflows.Contacts;

/// <summary>How a contact is named on admin pages: first and last name, else the e-mail address, else its number.</summary>
internal static class ContactNames
{
    public static string Of(ContactRecord contact)
    {
        var properties = ContactProperties.Read(contact.PropertiesJson);
        var name = string.Join(' ', new[] { properties.GetValueOrDefault("firstname"), properties.GetValueOrDefault("lastname") }
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return name.Length > 0 ? name : contact.Email is { Length: > 0 } email ? email : $"Contact #{contact.Id}";
    }
}
