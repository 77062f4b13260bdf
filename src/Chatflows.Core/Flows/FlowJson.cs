using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chatflows.Core.Flows;

/// <summary>The one JSON shape of chatflow documents and action settings: camelCase, enums as camelCase strings.</summary>
public static class FlowJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(Chatflow flow) => JsonSerializer.Serialize(flow, Options);

    /// <exception cref="JsonException">The text is not a chatflow document.</exception>
    public static Chatflow Deserialize(string json) =>
        JsonSerializer.Deserialize<Chatflow>(json, Options) ?? throw new JsonException("The chatflow document is empty.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new InstantJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
