using System.Text.Encodings.Web;
using System.Text.Json;
using Chatflows.Storage;

namespace Chatflows.Contacts;

/// <summary>Reads and writes a contact's property bags (contact and company).</summary>
internal static class ContactProperties
{
    // Stored as typed, not \u-escaped, so the contacts search finds "José" in the JSON. The JSON is never
    // written into a page as it is: every page encodes the values it shows.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Dictionary<string, string> Read(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.OrdinalIgnoreCase);

    public static string Write(Dictionary<string, string> properties) => JsonSerializer.Serialize(properties, Json);

    public static void Set(ContactRecord contact, string property, string value, bool company, DateTime now)
    {
        var properties = Read(company ? contact.CompanyPropertiesJson : contact.PropertiesJson);
        properties[property] = value;
        var json = Write(properties);
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
