using System.Text.Json.Serialization;

namespace Chatflows.Core.Channel;

/// <summary>What a contact property holds; the builder and the contacts page read it to offer the right control.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContactPropertyType>))]
public enum ContactPropertyType
{
    Text,
    Number,
    Date,
    Email,
    Phone,

    /// <summary>One of the definition's <see cref="ContactPropertyDefinition.Options"/>.</summary>
    Choice,
}
