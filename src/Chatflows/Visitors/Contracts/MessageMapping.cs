using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Storage;

namespace Chatflows.Visitors.Contracts;

internal static class MessageMapping
{
    public static MessageDto ToDto(this MessageRecord message) => new(
        message.Seq,
        JsonNamingPolicy.CamelCase.ConvertName(message.Author.ToString()),
        message.Kind,
        message.Text,
        message.PayloadJson is null ? null : JsonNode.Parse(message.PayloadJson)?.AsObject(),
        new DateTimeOffset(DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc)));

    /// <summary>The visitor's view of a list of messages: hidden records are dropped here too, so a turn's
    /// rows can be answered as they are without each caller remembering <see cref="VisitorVisibility"/>.</summary>
    public static IReadOnlyList<MessageDto> ToDtos(this IEnumerable<MessageRecord> messages) =>
        [.. messages.Where(VisitorVisibility.Sees).Select(ToDto)];
}
