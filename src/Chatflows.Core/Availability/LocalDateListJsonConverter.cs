using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Core.Availability;

/// <summary>
/// Holiday dates as an array of ISO <c>"yyyy-MM-dd"</c> strings. It converts the whole list because an
/// attribute converter applies to the property's type, and Core does not reference NodaTime.Serialization.
/// </summary>
internal sealed class LocalDateListJsonConverter : JsonConverter<IReadOnlyList<LocalDate>>
{
    public override IReadOnlyList<LocalDate> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Holidays must be an array of dates like 2026-12-25.");
        }

        List<LocalDate> dates = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : "";
            var result = LocalDatePattern.Iso.Parse(text);
            dates.Add(result.Success ? result.Value : throw new JsonException($"'{text}' is not a date like 2026-12-25."));
        }

        return dates;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<LocalDate> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var date in value)
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(date));
        }

        writer.WriteEndArray();
    }
}
