using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Storage;

namespace Chatflows.Visitors.Contracts;

internal static class MessageMapping
{
    /// <summary>The agents' view: <c>seq</c> counts every record of the conversation.</summary>
    public static MessageDto ToDto(this MessageRecord message) => ToDto(message, message.Seq);

    /// <summary>
    /// The visitor's view of one message they may see: <c>seq</c> is <see cref="MessageRecord.VisitorSeq"/>,
    /// which has no gaps where hidden records are.
    /// </summary>
    public static MessageDto ToVisitorDto(this MessageRecord message) =>
        ToDto(message, message.VisitorSeq ?? throw new InvalidOperationException($"Message {message.Id} is not the visitor's to see."));

    /// <summary>The visitor's view of a list of messages: hidden records are dropped here too, so a turn's
    /// rows can be answered as they are without each caller remembering <see cref="VisitorVisibility"/>.</summary>
    public static IReadOnlyList<MessageDto> ToDtos(this IEnumerable<MessageRecord> messages) =>
        [.. messages.Where(VisitorVisibility.Sees).Select(ToVisitorDto)];

    private static MessageDto ToDto(MessageRecord message, long seq) => new(
        seq,
        JsonNamingPolicy.CamelCase.ConvertName(message.Author.ToString()),
        message.Kind,
        message.Text,
        message.PayloadJson is null ? null : JsonNode.Parse(message.PayloadJson)?.AsObject(),
        new DateTimeOffset(DateTime.SpecifyKind(message.CreatedUtc, DateTimeKind.Utc)));
}
