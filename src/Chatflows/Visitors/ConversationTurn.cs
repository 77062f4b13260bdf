using Chatflows.Storage;

namespace Chatflows.Visitors;

/// <summary>The outcome of a visitor turn as stored: the conversation and the messages this turn added.</summary>
/// <param name="Replayed">True when this was a retry of a stored message: nothing new was written.</param>
public sealed record ConversationTurn(ConversationRecord Conversation, IReadOnlyList<MessageRecord> Messages, bool Replayed = false);
