using Chatflows.Core.Engine;

namespace Chatflows.Visitors;

/// <summary>A visitor turn the engine has run, waiting for the writer; answered only after its commit.</summary>
/// <param name="ExpectedSeq">The conversation's last sequence number the turn ran on: the writer stores the turn only while it still is.</param>
/// <param name="Language">The language of the flow the turn ran: its mails speak it.</param>
/// <param name="Now">The time the engine saw, which the stored rows carry.</param>
/// <param name="ExpectedState">The engine state the turn ran on, when it ran on the node's copy of the conversation: the writer also checks it, as a change that added no message leaves the sequence number alone.</param>
public sealed record PendingTurn(
    string ConversationId, string VisitorId, string ClientMessageId, string Text, long ExpectedSeq, TurnResult Result, string Language, DateTimeOffset Now,
    string? ExpectedState = null)
{
    /// <summary>The stored turn, or null when it was not stored and must run again on fresh state.</summary>
    internal TaskCompletionSource<ConversationTurn?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
