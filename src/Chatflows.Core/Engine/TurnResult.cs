namespace Chatflows.Core.Engine;

/// <summary>What one turn produced: replies to show, the state to store, and what to write alongside.</summary>
public sealed record TurnResult(
    IReadOnlyList<BotReply> Replies,
    ConversationState State,
    IReadOnlyList<SideEffect> SideEffects,
    IReadOnlyList<FlowEvent> Events);
