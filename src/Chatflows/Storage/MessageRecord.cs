namespace Chatflows.Storage;

/// <summary>
/// A message in a conversation, numbered per conversation. Text is stored raw, exactly as sent;
/// every place that shows it encodes it.
/// </summary>
public sealed class MessageRecord
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    /// <summary>1, 2, 3… within the conversation, over every record; the agents' numbering.</summary>
    public long Seq { get; set; }

    /// <summary>
    /// 1, 2, 3… over only the messages the visitor may see (<see cref="VisitorVisibility"/>), null for hidden
    /// records. The visitor's <c>seq</c>, event id and <c>after</c> cursor: without gaps, so a stream that
    /// sees a jump knows a message is missing, and hidden notes cannot be counted from outside.
    /// </summary>
    public long? VisitorSeq { get; set; }

    public MessageAuthor Author { get; set; }

    /// <summary>The bot reply kind (text, question, articles…) or "text" for people.</summary>
    public string Kind { get; set; } = "text";

    public string Text { get; set; } = "";

    /// <summary>Quick replies, cards, slots, input hint and typing delay, as JSON.</summary>
    public string? PayloadJson { get; set; }

    /// <summary>Set by the visitor's client; unique per conversation, so a retry stores nothing twice.</summary>
    public string? ClientMessageId { get; set; }

    public string? AuthorUserId { get; set; }

    public DateTime CreatedUtc { get; set; }
}
