using System.Text.Json;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Inbox;
using Chatflows.Live;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Chatflows.Visitors.Continuity;

/// <summary>
/// Closes conversations nobody touches any more (issue 16): bot-only ones idle past their chatflow's session
/// timeout, handed-off ones idle past <see cref="ConversationsOptions.CloseAfterInactivity"/>. Each close is
/// a conditional update on the status and last activity it read, so when several nodes sweep at once exactly
/// one closes a conversation and records its analytics event; a message that arrived meanwhile wins.
/// </summary>
public sealed partial class IdleConversationCloser(
    ChatflowsDbContext db, TurnBatcher writer, TimeProvider time, IOptions<ConversationsOptions> options, ConversationEvents events, ILogger<IdleConversationCloser> logger)
{
    private const int Batch = 200;

    /// <returns>How many conversations this call closed.</returns>
    public async Task<int> CloseIdleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var handedOffBefore = now - options.Value.CloseAfterInactivity;
        var closed = 0;
        foreach (var (chatflowId, timeout) in await SessionTimeoutsAsync(cancellationToken))
        {
            var botBefore = now - timeout;
            var idle = await db.Conversations.AsNoTracking()
                .Where(c => c.ChatflowId == chatflowId && !c.IsPreview
                    && (((c.Status == ConversationStatuses.Active || c.Status == ConversationStatuses.WaitingForVisitor) && c.LastActivityUtc < botBefore)
                        || (c.Status == ConversationStatuses.HandedOff && c.LastActivityUtc < handedOffBefore)))
                .OrderBy(c => c.LastActivityUtc).Take(Batch)
                .Select(c => new { c.Id, c.Status, c.LastActivityUtc, c.StateJson }).ToListAsync(cancellationToken);
            foreach (var conversation in idle)
            {
                if (await TryCloseAsync(chatflowId, conversation.Id, conversation.Status, conversation.LastActivityUtc, conversation.StateJson, now, cancellationToken))
                {
                    closed++;
                    await events.StatusAsync(conversation.Id, ConversationStatuses.Closed, cancellationToken);
                }
            }
        }

        if (closed > 0)
        {
            LogClosed(logger, closed);
        }

        return closed;
    }

    private async Task<bool> TryCloseAsync(
        string chatflowId, string id, string status, DateTime lastActivity, string stateJson, DateTime now, CancellationToken cancellationToken)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(stateJson, FlowJson.Options) ?? new ConversationState();
        var ended = JsonSerializer.Serialize(state with { Status = ConversationStatus.Ended }, FlowJson.Options);
        // One write of the node's writer: the conditional close and its analytics event commit together.
        return await writer.WriteAsync(async (services, token) =>
        {
            var writerDb = services.GetRequiredService<ChatflowsDbContext>();
            var won = await writerDb.Conversations
                .Where(c => c.Id == id && c.Status == status && c.LastActivityUtc == lastActivity)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ConversationStatuses.Closed).SetProperty(c => c.StateJson, ended), token);
            if (won == 0)
            {
                return false; // another node closed it, or the visitor or an agent wrote meanwhile
            }

            writerDb.FlowEvents.Add(new FlowEventRecord
            {
                ChatflowId = chatflowId, ConversationId = id, Kind = FlowEventKinds.ClosedIdle, Detail = status, OccurredUtc = now,
            });
            return true;
        }, cancellationToken);
    }

    // Every chatflow with conversations, with its published session timeout (the default for one never published).
    private async Task<List<(string Id, TimeSpan Timeout)>> SessionTimeoutsAsync(CancellationToken cancellationToken)
    {
        var flows = await db.Chatflows.AsNoTracking().Select(c => new { c.Id, c.PublishedJson }).ToListAsync(cancellationToken);
        return [.. flows.Select(f => (f.Id, TimeSpan.FromMinutes(f.PublishedJson is null ? new FlowOptions().SessionTimeoutMinutes : FlowJson.Deserialize(f.PublishedJson).Options.SessionTimeoutMinutes)))];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} idle conversations")]
    private static partial void LogClosed(ILogger logger, int count);
}
