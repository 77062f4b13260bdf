namespace Chatflows.Visitors;

/// <summary>A visitor message waiting for its turn to be written; answered only after its commit.</summary>
public sealed record PendingTurn(string ConversationId, string VisitorId, string ClientMessageId, string Text)
{
    internal TaskCompletionSource<ConversationTurn?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
