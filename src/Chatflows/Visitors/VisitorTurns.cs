using System.Text.Json;
using Chatflows.Channel;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors;

/// <summary>
/// A visitor's message as a turn. The conversation is read and the engine runs, with its actions' I/O (webhooks,
/// meeting times, knowledge search), outside any transaction and within the turn's budget; the writer
/// (<see cref="TurnBatcher"/>) then stores the prepared rows only if the conversation has not moved on meanwhile
/// (its last sequence number is still the one the turn ran on), else the turn runs again on fresh state. Turns of
/// one conversation take turns on this node (<see cref="ConversationGates"/>); turns of different conversations
/// never wait for each other's I/O, and nobody holds the database's write lock while a webhook answers.
/// A turn's first run starts from the node's copy of the conversation (<see cref="ConversationSnapshots"/>) and its
/// cached inputs (<see cref="TurnInputs"/>) without a query; the writer refuses a run on a stale copy, and a retried
/// message (same client message id) the copy cannot know about, and the next run reads the database.
/// </summary>
public sealed partial class VisitorTurns(
    ChatflowsDbContext db, PublishedFlows flows, FlowRunner runner, ChannelSettingsStore channel, ChannelAvailability availability,
    TurnBatcher batcher, TurnBatchWriter writer, ConversationGates gates, ConversationSnapshots snapshots, TurnInputs inputs,
    IOptions<TurnOptions> options, TimeProvider time, ILogger<VisitorTurns> logger)
{
    // A turn refused although its conversation had not moved (a meeting taken meanwhile, a write conflict the writer
    // could not resolve) runs again at most this many times. A turn refused because another writer stored something
    // first (another node, or this node's copy was stale) is not counted: that writer made progress, and the turn
    // goes on running on fresh state within its budget, so contention alone never answers 503.
    private const int MaxRunsWithoutProgress = 8;

    /// <summary>The stored turn (or the earlier one with the same <paramref name="clientMessageId"/>); null when the conversation is not this visitor's.</summary>
    /// <exception cref="TimeoutException">The engine ran past its budget, or the turn could not be stored: nothing was stored.</exception>
    public Task<ConversationTurn?> PostAsync(
        string conversationId, string visitorId, string clientMessageId, string text, CancellationToken cancellationToken) =>
        PostAsync(conversationId, visitorId, clientMessageId, text, batcher.PostAsync, cancellationToken);

    /// <summary>
    /// The same, stored by this scope's own writer instead of the node's batcher: for work done while the host starts
    /// (the demo's sample conversations), before the batcher's loop runs.
    /// </summary>
    internal Task<ConversationTurn?> PostAloneAsync(
        string conversationId, string visitorId, string clientMessageId, string text, CancellationToken cancellationToken) =>
        PostAsync(conversationId, visitorId, clientMessageId, text, async (turn, token) => (await writer.WriteAsync([turn], token))[0], cancellationToken);

    private async Task<ConversationTurn?> PostAsync(
        string conversationId, string visitorId, string clientMessageId, string text,
        Func<PendingTurn, CancellationToken, Task<ConversationTurn?>> write, CancellationToken cancellationToken)
    {
        using var turn = await gates.EnterAsync(conversationId, cancellationToken);
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.BudgetSeconds), time);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        PendingTurn? refused = null;
        for (var stalled = 0; stalled < MaxRunsWithoutProgress;)
        {
            var conversation = refused is null ? snapshots.Find(conversationId, visitorId) : null;
            if (conversation is null)
            {
                conversation = await db.Conversations.AsNoTracking()
                    .SingleOrDefaultAsync(c => c.Id == conversationId && c.VisitorId == visitorId, cancellationToken);
                if (conversation is null)
                {
                    snapshots.Forget(conversationId);
                    return null;
                }

                var stored = await db.Messages.AsNoTracking()
                    .SingleOrDefaultAsync(m => m.ConversationId == conversationId && m.ClientMessageId == clientMessageId, cancellationToken);
                if (stored is not null)
                {
                    return new ConversationTurn(conversation, await RepliesToAsync(stored, cancellationToken), Replayed: true);
                }

                if (refused is not null && !Moved(refused, conversation))
                {
                    stalled++;
                    LogRefusedWithoutProgress(logger, conversationId, stalled);
                }
            }

            PendingTurn pending;
            try
            {
                running.Token.ThrowIfCancellationRequested(); // a turn refused again and again still ends within its budget
                pending = await RunAsync(conversation, clientMessageId, text, running.Token);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The chatflow took longer than {options.Value.BudgetSeconds} seconds to answer.");
            }

            if (await write(pending, cancellationToken) is { } written)
            {
                snapshots.Remember(written.Conversation);
                return written;
            }

            snapshots.Forget(conversationId);
            refused = pending;
        }

        throw new TimeoutException("The message could not be stored: the conversation refused it without changing.");
    }

    // The writer refuses a turn whose conversation's sequence number or engine state is no longer the one it ran on.
    private static bool Moved(PendingTurn refused, ConversationRecord now) =>
        now.LastSeq != refused.ExpectedSeq || (refused.ExpectedState is not null && now.StateJson != refused.ExpectedState);

    private async Task<PendingTurn> RunAsync(ConversationRecord conversation, string clientMessageId, string text, CancellationToken cancellationToken)
    {
        var settings = (await inputs.ChannelAsync(() => channel.GetAsync(cancellationToken))).Settings;
        var flow = await FlowAsync(conversation, settings.HeadingName, cancellationToken);
        var now = time.GetUtcNow();
        var load = await inputs.LoadAsync(() => availability.LoadAsync(cancellationToken));
        var environment = ConversationService.Environment(conversation, availability.Evaluate(settings, load, null).State, now);
        var state = JsonSerializer.Deserialize<ConversationState>(conversation.StateJson, FlowJson.Options);
        var result = await runner.RunAsync(flow, state, TurnInput.Message(text), environment, cancellationToken);
        return new PendingTurn(
            conversation.Id, conversation.VisitorId, clientMessageId, text, conversation.LastSeq, result, flow.Flow.Language, now, conversation.StateJson);
    }

    private async Task<CompiledFlow> FlowAsync(ConversationRecord conversation, string chatName, CancellationToken cancellationToken)
    {
        if (conversation.IsPreview)
        {
            var record = await db.Chatflows.AsNoTracking().SingleAsync(c => c.Id == conversation.ChatflowId, cancellationToken);
            return flows.InLanguage(flows.Draft(record, chatName), conversation.Language);
        }

        // The compiled flow is cached per published version, and the version until a publication (TurnInputs).
        var version = await inputs.PublishedVersionAsync(conversation.ChatflowId, () =>
            db.Chatflows.Where(c => c.Id == conversation.ChatflowId).Select(c => c.PublishedVersion).SingleAsync(cancellationToken));
        return flows.InLanguage(await flows.PublishedAsync(conversation.ChatflowId, version, chatName, () =>
            db.Chatflows.Where(c => c.Id == conversation.ChatflowId).Select(c => c.PublishedJson!).SingleAsync(cancellationToken)), conversation.Language);
    }

    // The replies of a stored turn follow its visitor message directly: they were written in its transaction.
    private async Task<List<MessageRecord>> RepliesToAsync(MessageRecord visitorMessage, CancellationToken cancellationToken)
    {
        var following = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == visitorMessage.ConversationId && m.Seq > visitorMessage.Seq)
            .OrderBy(m => m.Seq).Take(200).ToListAsync(cancellationToken);
        return [visitorMessage, .. following.TakeWhile(m => m.Author == MessageAuthor.Bot)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A turn of conversation {ConversationId} was refused although the conversation had not moved ({Count} in a row); running it again")]
    private static partial void LogRefusedWithoutProgress(ILogger logger, string conversationId, int count);
}
