using System.Text.Json;
using Chatflows.Storage;

namespace Chatflows.Contacts;

/// <summary>Reads and writes a contact's property bags (contact and company).</summary>
internal static class ContactProperties
{
    public static Dictionary<string, string> Read(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.OrdinalIgnoreCase);

    public static void Set(ContactRecord contact, string property, string value, bool company, DateTime now)
    {
        var properties = Read(company ? contact.CompanyPropertiesJson : contact.PropertiesJson);
        properties[property] = value;
        var json = JsonSerializer.Serialize(properties);
        if (company)
        {
            contact.CompanyPropertiesJson = json;
        }
        else
        {
            contact.PropertiesJson = json;
            if (property == "email")
            {
                contact.Email = value;
            }
        }

        contact.UpdatedUtc = now;
    }
}
