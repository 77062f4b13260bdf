using System.Text.Json;
using Chatflows.Channel;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Chatflows.Visitors;

/// <summary>
/// Runs and stores a batch of visitor turns in one transaction: conversations and earlier messages
/// are read once for the whole batch, and the channel's name and availability once too.
/// </summary>
public sealed class TurnBatchWriter(
    ChatflowsDbContext db, PublishedFlows flows, FlowRunner runner, TurnWriter writer,
    ChannelSettingsStore channel, ChannelAvailability availability, ConversationService conversations, TimeProvider time)
{
    public async Task<IReadOnlyList<ConversationTurn?>> WriteAsync(IReadOnlyList<PendingTurn> batch, CancellationToken cancellationToken)
    {
        var ids = batch.Select(t => t.ConversationId).Distinct().ToList();
        var clientIds = batch.Select(t => t.ClientMessageId).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var meetings = Meetings.TurnTransaction.Enter(transaction.GetDbTransaction());
        await db.LockConversationsAsync(ids, cancellationToken);
        var byId = await db.Conversations.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var stored = (await db.Messages.AsNoTracking()
                .Where(m => ids.Contains(m.ConversationId) && m.ClientMessageId != null && clientIds.Contains(m.ClientMessageId))
                .ToListAsync(cancellationToken))
            .ToDictionary(m => (m.ConversationId, m.ClientMessageId!));
        var settings = (await channel.GetAsync(cancellationToken)).Settings;
        var chatName = settings.HeadingName;
        var state = (await availability.ReadAsync(settings, null, cancellationToken)).State;
        var compiled = new Dictionary<string, CompiledFlow>(StringComparer.Ordinal);
        var written = new Dictionary<(string, string), ConversationTurn>();
        var results = new ConversationTurn?[batch.Count];
        var rows = new TurnRows();
        await rows.Analytics.LoadAsync(db, byId.Values.Where(c => !c.IsPreview).Select(c => c.Id), cancellationToken);
        var now = time.GetUtcNow();

        for (var i = 0; i < batch.Count; i++)
        {
            var pending = batch[i];
            if (!byId.TryGetValue(pending.ConversationId, out var conversation) || conversation.VisitorId != pending.VisitorId)
            {
                continue;
            }

            var key = (conversation.Id, pending.ClientMessageId);
            if (written.TryGetValue(key, out var sameBatch))
            {
                results[i] = sameBatch with { Replayed = true };
                continue;
            }

            if (stored.TryGetValue(key, out var earlier))
            {
                results[i] = new ConversationTurn(conversation, await conversations.RepliesToAsync(earlier, cancellationToken), Replayed: true);
                continue;
            }

            var flow = await FlowAsync(conversation, chatName, compiled, cancellationToken);
            var environment = ConversationService.Environment(conversation, state, now);
            var turn = await runner.RunAsync(
                flow, JsonSerializer.Deserialize<ConversationState>(conversation.StateJson, FlowJson.Options), TurnInput.Message(pending.Text), environment, cancellationToken);
            var messages = await writer.WriteAsync(conversation, flow.Flow.Language, pending.Text, pending.ClientMessageId, turn, now.UtcDateTime, cancellationToken, rows);
            results[i] = written[key] = new ConversationTurn(conversation, messages);
        }

        await rows.InsertAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await rows.Analytics.SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private async Task<CompiledFlow> FlowAsync(ConversationRecord conversation, string chatName, Dictionary<string, CompiledFlow> compiled, CancellationToken cancellationToken)
    {
        var key = $"{conversation.ChatflowId}|{conversation.IsPreview}";
        if (compiled.TryGetValue(key, out var flow))
        {
            return flow;
        }

        if (conversation.IsPreview)
        {
            var record = await db.Chatflows.AsNoTracking().SingleAsync(c => c.Id == conversation.ChatflowId, cancellationToken);
            flow = flows.Draft(record, chatName);
        }
        else
        {
            var version = await db.Chatflows.Where(c => c.Id == conversation.ChatflowId).Select(c => c.PublishedVersion).SingleAsync(cancellationToken);
            flow = await flows.PublishedAsync(conversation.ChatflowId, version, chatName, () =>
                db.Chatflows.Where(c => c.Id == conversation.ChatflowId).Select(c => c.PublishedJson!).SingleAsync(cancellationToken));
        }

        return compiled[key] = flow;
    }
}
