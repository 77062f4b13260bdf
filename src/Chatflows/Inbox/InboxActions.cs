using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Live;
using Chatflows.Storage;
using Chatflows.Users;
using Chatflows.Visitors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Inbox;

/// <summary>
/// What agents do to a conversation: take over, reply, note, assign, close, mark read. Each is a work item of the
/// node's one writer (<see cref="TurnBatcher"/>), run in its transaction with the writer's own scope (so nothing here
/// touches the caller's <see cref="ChatflowsDbContext"/>), and publishes after the commit, so a live event never
/// announces something that could still roll back.
/// </summary>
public sealed class InboxActions(TurnBatcher writer, ConversationGates gates, ConversationSnapshots snapshots, ConversationEvents events, TimeProvider time)
{
    public const int MaxTextLength = 4000;

    /// <summary>
    /// Makes <paramref name="agent"/> the owner and silences the bot. Ownership is claimed by one conditional
    /// UPDATE, so of two agents racing exactly one gets a row back; the loser changes nothing.
    /// </summary>
    public async Task<InboxOutcome> TakeOverAsync(string conversationId, ChatflowsUser agent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var outcome = await WriteAsync(conversationId, async (db, _, cancellationToken) =>
        {
            var claimed = await db.Conversations
                .Where(c => c.Id == conversationId && c.Status != ConversationStatuses.Closed && c.Status != ConversationStatuses.Ended
                    && (c.AssignedUserId == null || c.AssignedUserId == agent.Id || c.Status != ConversationStatuses.HandedOff))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.AssignedUserId, agent.Id)
                    .SetProperty(c => c.AssignedUtc, now)
                    .SetProperty(c => c.Status, ConversationStatuses.HandedOff), cancellationToken);
            if (claimed == 0)
            {
                return (await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.Status).SingleOrDefaultAsync(cancellationToken)) switch
                {
                    null => InboxOutcome.NotFound,
                    var status when !ConversationStatuses.IsOpen(status) => InboxOutcome.Closed,
                    _ => InboxOutcome.TakenByOther,
                };
            }

            var conversation = await db.Conversations.SingleAsync(c => c.Id == conversationId, cancellationToken);
            SetEngineStatus(conversation, ConversationStatus.HandedOff);
            Append(db, conversation, MessageAuthor.System, "takeover", $"{agent.DisplayName} took over the conversation.", agent.Id, null, now);
            return InboxOutcome.Done;
        }, cancellationToken);

        if (outcome == InboxOutcome.Done)
        {
            await events.StatusAsync(conversationId, ConversationStatuses.HandedOff, cancellationToken);
            await events.AssignedAsync(conversationId, agent.Id, null, cancellationToken);
        }

        return outcome;
    }

    /// <summary>A reply to the visitor (only by the owner) or an internal note (by any agent, never shown to the visitor).</summary>
    public async Task<(InboxOutcome Outcome, MessageRecord? Message)> WriteMessageAsync(
        string conversationId, ChatflowsUser agent, string text, bool note, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length is 0 or > MaxTextLength)
        {
            return (InboxOutcome.Invalid, null);
        }

        MessageRecord? written = null;
        var now = time.GetUtcNow().UtcDateTime;
        var outcome = await WriteAsync(conversationId, async (db, services, cancellationToken) =>
        {
            var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null)
            {
                return InboxOutcome.NotFound;
            }

            if (!note && !ConversationStatuses.IsOpen(conversation.Status))
            {
                return InboxOutcome.Closed;
            }

            if (!note && (conversation.AssignedUserId != agent.Id || conversation.Status != ConversationStatuses.HandedOff))
            {
                return InboxOutcome.NotOwner;
            }

            var payload = new JsonObject { ["agentName"] = agent.DisplayName }.ToJsonString();
            written = Append(db, conversation, note ? MessageAuthor.Note : MessageAuthor.Agent, "text", text, agent.Id, payload, now);
            if (!note)
            {
                await services.GetRequiredService<Mail.ReplyMails>().AddAsync(db, conversation, written, now, cancellationToken); // by mail if the visitor is gone
            }

            // Who writes has read what came before: in the same transaction, so no second commit holds the reply back.
            await MarkReadAsync(db, conversationId, agent.Id, written.Seq, cancellationToken);
            return InboxOutcome.Done;
        }, cancellationToken);

        if (outcome == InboxOutcome.Done)
        {
            await events.MessagesAsync(conversationId, [written!], cancellationToken);
        }

        return (outcome, outcome == InboxOutcome.Done ? written : null);
    }

    /// <summary>
    /// Hands the conversation to a named agent — a colleague's explicit choice, so their availability is not
    /// second-guessed — or to a team: round robin (W7) among its available Agent-role members below capacity,
    /// other than whoever has it now. When nobody in the team can take it, it waits unassigned in the team's
    /// queue; a conversation an agent had stays silent to the bot. Returns who got it, if anyone.
    /// </summary>
    public async Task<(InboxOutcome Outcome, string? AssigneeId)> AssignAsync(
        string conversationId, ChatflowsUser by, ChatflowsUser? agent, string? teamId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        string? assignee = null;
        MessageRecord? line = null;
        var outcome = await WriteAsync(conversationId, async (db, services, cancellationToken) =>
        {
            var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null)
            {
                return InboxOutcome.NotFound;
            }

            if (!ConversationStatuses.IsOpen(conversation.Status))
            {
                return InboxOutcome.Closed;
            }

            assignee = agent?.Id ?? (teamId is null ? null : await services.GetRequiredService<ConversationAssigner>().RoundRobinAsync(teamId, conversation.AssignedUserId, cancellationToken));
            conversation.AssignedTeamId = teamId;
            conversation.AssignedUserId = assignee;
            conversation.AssignedUtc = assignee is null ? null : now;
            if (assignee is not null)
            {
                conversation.Status = ConversationStatuses.HandedOff;
                SetEngineStatus(conversation, ConversationStatus.HandedOff);
            }

            var agentName = assignee is null ? null : await db.Users.Where(u => u.Id == assignee).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            var teamName = teamId is null ? null : await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken) ?? teamId;
            var to = (teamName, agentName) switch
            {
                (null, null) => "nobody",
                (null, { } name) => name,
                ({ } team, null) => $"team {team}, where nobody is available yet",
                ({ } team, { } name) => $"team {team}: {name}",
            };
            line = Append(db, conversation, MessageAuthor.System, "assignment", $"{by.DisplayName} assigned the conversation to {to}.", by.Id, null, now);
            return InboxOutcome.Done;
        }, cancellationToken);

        if (outcome == InboxOutcome.Done)
        {
            await events.MessagesAsync(conversationId, [line!], cancellationToken);
            if (assignee is not null)
            {
                await events.StatusAsync(conversationId, ConversationStatuses.HandedOff, cancellationToken);
            }

            await events.AssignedAsync(conversationId, assignee, teamId, cancellationToken);
        }

        return (outcome, outcome == InboxOutcome.Done ? assignee : null);
    }

    /// <summary>Ends the conversation for good: the bot stays silent and the widget shows its end state.</summary>
    public async Task<InboxOutcome> CloseAsync(string conversationId, ChatflowsUser agent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var outcome = await WriteAsync(conversationId, async (db, _, cancellationToken) =>
        {
            var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null)
            {
                return InboxOutcome.NotFound;
            }

            if (conversation.Status == ConversationStatuses.Closed)
            {
                return InboxOutcome.Closed;
            }

            conversation.Status = ConversationStatuses.Closed;
            SetEngineStatus(conversation, ConversationStatus.Ended);
            Append(db, conversation, MessageAuthor.System, "closed", $"{agent.DisplayName} closed the conversation.", agent.Id, null, now);
            return InboxOutcome.Done;
        }, cancellationToken);

        if (outcome == InboxOutcome.Done)
        {
            await events.StatusAsync(conversationId, ConversationStatuses.Closed, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Everything up to <paramref name="seq"/> counts as read by this agent (never moving back).</summary>
    public Task MarkReadAsync(string conversationId, string userId, long seq, CancellationToken cancellationToken) =>
        WithRetriesAsync(() => writer.WriteAsync(async (services, token) =>
        {
            await MarkReadAsync(services.GetRequiredService<ChatflowsDbContext>(), conversationId, userId, seq, token);
            return true;
        }, cancellationToken), cancellationToken);

    // The same agent in two tabs on two nodes: the other insert may win, and then this write fails whole under its
    // savepoint and runs again, finding the row to update.
    private static async Task MarkReadAsync(ChatflowsDbContext db, string conversationId, string userId, long seq, CancellationToken cancellationToken)
    {
        var moved = await db.AgentReads.Where(r => r.ConversationId == conversationId && r.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadSeq, r => r.ReadSeq < seq ? seq : r.ReadSeq), cancellationToken);
        if (moved == 0)
        {
            db.AgentReads.Add(new AgentReadRecord { ConversationId = conversationId, UserId = userId, ReadSeq = seq });
        }
    }

    // On this node an agent's write takes its turn at the conversation's gate with the visitor's turns: a visitor turn
    // runs and stores on the sequence number it read, so agent writes slipping in between would send it round again
    // until it gave up (an agent replying fast while the visitor writes). Writers on other nodes wait for each other on
    // the conversation's row (ConversationLocks). The writer saves the work's tracked changes; only a deadlock between
    // nodes or a lost insert race gets a write conflict here.
    private async Task<InboxOutcome> WriteAsync(
        string conversationId, Func<ChatflowsDbContext, IServiceProvider, CancellationToken, Task<InboxOutcome>> work, CancellationToken cancellationToken)
    {
        using var turn = await gates.EnterAsync(conversationId, cancellationToken);
        try
        {
            return await WithRetriesAsync(() => writer.WriteAsync(async (services, token) =>
            {
                var db = services.GetRequiredService<ChatflowsDbContext>();
                await db.LockConversationsAsync([conversationId], token);
                return await work(db, services, token);
            }, cancellationToken), cancellationToken);
        }
        finally
        {
            // The node's copy of the conversation is older than this write now: the next visitor turn reads it afresh
            // instead of running the engine on the copy for the writer to refuse.
            snapshots.Forget(conversationId);
        }
    }

    private static async Task<T> WithRetriesAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (attempt < 10 && ConversationService.IsWriteConflict(e))
            {
                // A random wait keeps two nodes' losers out of step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
            }
        }
    }

    private static MessageRecord Append(ChatflowsDbContext db, ConversationRecord conversation, MessageAuthor author, string kind, string text, string userId, string? payload, DateTime now)
    {
        var message = MessageNumbering.Number(conversation, new MessageRecord
        {
            Author = author, Kind = kind, Text = text, AuthorUserId = userId, PayloadJson = payload, CreatedUtc = now,
        });
        db.Messages.Add(message);
        conversation.LastActivityUtc = now;
        return message;
    }

    // The engine reads its own state on the next visitor turn; it must agree with the row, or a bot
    // turn would write its old status back over the agent's.
    private static void SetEngineStatus(ConversationRecord conversation, ConversationStatus status)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(conversation.StateJson, FlowJson.Options) ?? new ConversationState();
        conversation.StateJson = JsonSerializer.Serialize(state with { Status = status }, FlowJson.Options);
    }
}
