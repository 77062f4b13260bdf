using Chatflows.Storage;

namespace Chatflows.Visitors;

/// <summary>
/// What a batch of turns writes, collected while <see cref="TurnWriter"/> runs each turn and written at the end by
/// the database's <see cref="ITurnStore"/> with prepared commands instead of tracked entities: the writer's profile
/// showed EF Core's SQL generation, parameters and change tracking were more than half of a batch's time.
/// </summary>
public sealed class TurnRows
{
    /// <summary>Each conversation the batch changed, with the last sequence number it had when the writer read it.</summary>
    public List<(ConversationRecord Conversation, long ReadSeq)> Conversations { get; } = [];

    public List<MessageRecord> Messages { get; } = [];

    public List<FlowEventRecord> Events { get; } = [];

    /// <summary>Mail the turns put in the outbox (a ticket's, a hand-off's): inserted with the messages, in the same transaction.</summary>
    public List<MailOutboxRecord> Mails { get; } = [];

    /// <summary>The analytics summary's changes for the same events: one upsert per changed counter, whatever the number of turns.</summary>
    public Analytics.AnalyticsTally Analytics { get; } = new();
}
