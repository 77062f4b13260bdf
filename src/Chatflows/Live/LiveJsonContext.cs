using System.Text.Json;
using System.Text.Json.Serialization;

namespace Chatflows.Live;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LiveEnvelope))]
internal sealed partial class LiveJsonContext : JsonSerializerContext;
