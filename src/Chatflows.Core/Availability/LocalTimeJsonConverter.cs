using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Core.Availability;

/// <summary>
/// Office-hour times as <c>"HH:mm"</c>, the way editors type them. Core does not reference
/// NodaTime.Serialization, and its ISO pattern would store <c>"09:00:00"</c>.
/// </summary>
internal sealed class LocalTimeJsonConverter : JsonConverter<LocalTime>
{
    private static readonly LocalTimePattern Minutes = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public override LocalTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? "";
        var result = Minutes.Parse(text);
        if (!result.Success)
        {
            // Seconds are not typed by people but survive a round trip of a time built in code.
            result = LocalTimePattern.ExtendedIso.Parse(text);
        }

        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a time like 09:00.");
    }

    public override void Write(Utf8JsonWriter writer, LocalTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Second == 0 && value.TickOfSecond == 0
            ? Minutes.Format(value)
            : LocalTimePattern.ExtendedIso.Format(value));
}
