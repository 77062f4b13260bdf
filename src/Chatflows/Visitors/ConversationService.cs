using System.Security.Cryptography;
using System.Text.Json;
using Chatflows.Channel;
using Chatflows.Contacts;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Chatflows.Visitors;

/// <summary>
/// Visitor turns, each in one database transaction: the visitor's message, the bot's replies, the new
/// state and the side effects are stored together or not at all. A retry with the same
/// <c>clientMessageId</c> returns the stored replies and writes nothing.
/// </summary>
public sealed class ConversationService(
    ChatflowsDbContext db,
    PublishedFlows flows,
    FlowRunner runner,
    TurnWriter writer,
    ChannelSettingsStore channel,
    ChannelAvailability availability,
    TurnBatcher batcher,
    TimeProvider time)
{
    /// <summary>Starts a conversation with a published, switched-on chatflow (or its draft, for a preview).</summary>
    public async Task<ConversationTurn?> StartAsync(StartConversation request, CancellationToken cancellationToken)
    {
        var record = await db.Chatflows.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ChatflowId, cancellationToken);
        if (record is null || (!request.Preview && (!record.Enabled || record.PublishedJson is null)))
        {
            return null;
        }

        var settings = (await channel.GetAsync(cancellationToken)).Settings;
        var flow = request.Preview ? flows.Draft(record, settings.HeadingName) : flows.Published(record, settings.HeadingName);
        var contact = await KnownContactAsync(request, cancellationToken);
        var now = time.GetUtcNow();
        var conversation = new ConversationRecord
        {
            Id = NewConversationId(),
            ChatflowId = record.Id,
            FlowVersion = record.PublishedVersion,
            VisitorId = request.VisitorId,
            ContactId = contact?.Id,
            IsPreview = request.Preview,
            PageUrl = request.PageUrl,
            VerifiedEmail = request.VerifiedEmail,
            StartedUtc = now.UtcDateTime,
        };
        var state = ConversationState.Start(
            contact is null ? null : ContactProperties.Read(contact.PropertiesJson),
            contact is null ? null : ContactProperties.Read(contact.CompanyPropertiesJson),
            Instant.FromDateTimeOffset(now));
        if (request.TimeZone is { } zone && !state.Contact.ContainsKey(Core.Actions.BookMeetingAction.TimeZoneProperty))
        {
            // Known for this conversation only: the contact's stored properties change only through actions.
            state = state with { Contact = new Dictionary<string, string>(state.Contact, StringComparer.OrdinalIgnoreCase) { [Core.Actions.BookMeetingAction.TimeZoneProperty] = zone } };
        }

        var turn = await runner.RunAsync(flow, state, TurnInput.Start, await EnvironmentAsync(conversation, settings, cancellationToken), cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Conversations.Add(conversation);
        var messages = await writer.WriteAsync(conversation, flow.Flow.Language, null, null, turn, now.UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await writer.SaveAnalyticsAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConversationTurn(conversation, messages);
    }

    /// <summary>
    /// Stores the visitor's message and the bot's replies; null when the conversation is not this
    /// visitor's. Turns from many visitors are committed together by the <see cref="TurnBatcher"/>;
    /// the answer comes only after the commit.
    /// </summary>
    public Task<ConversationTurn?> PostAsync(
        string conversationId, string visitorId, string clientMessageId, string text, CancellationToken cancellationToken) =>
        batcher.PostAsync(new PendingTurn(conversationId, visitorId, clientMessageId, text), cancellationToken);

    /// <summary>
    /// One turn in a transaction of its own, the path a batch falls back to when it cannot commit
    /// whole. Two requests racing on one conversation are serialised by the conversation's sequence
    /// number: the loser retries and, for the same message id, gets the winner's replies.
    /// </summary>
    internal async Task<ConversationTurn?> PostAloneAsync(
        string conversationId, string visitorId, string clientMessageId, string text, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await TryPostAsync(conversationId, visitorId, clientMessageId, text, cancellationToken);
            }
            catch (Exception e) when (attempt < 8 && IsWriteConflict(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Messages after the visitor's sequence number <paramref name="afterSeq"/>, for catch-up after a reconnect.</summary>
    public async Task<IReadOnlyList<MessageRecord>?> ReadAsync(string conversationId, string visitorId, long afterSeq, CancellationToken cancellationToken)
    {
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId && c.VisitorId == visitorId, cancellationToken))
        {
            return null;
        }

        return await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == conversationId && m.VisitorSeq > afterSeq).VisibleToVisitor()
            .OrderBy(m => m.VisitorSeq).Take(500).ToListAsync(cancellationToken);
    }

    private async Task<ConversationTurn?> TryPostAsync(
        string conversationId, string visitorId, string clientMessageId, string text, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var meetings = Meetings.TurnTransaction.Enter(transaction.GetDbTransaction());
        await db.LockConversationsAsync([conversationId], cancellationToken);
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId && c.VisitorId == visitorId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var stored = await db.Messages.AsNoTracking()
            .SingleOrDefaultAsync(m => m.ConversationId == conversationId && m.ClientMessageId == clientMessageId, cancellationToken);
        if (stored is not null)
        {
            return new ConversationTurn(conversation, await RepliesToAsync(stored, cancellationToken), Replayed: true);
        }

        var record = await db.Chatflows.AsNoTracking().SingleAsync(c => c.Id == conversation.ChatflowId, cancellationToken);
        var settings = (await channel.GetAsync(cancellationToken)).Settings;
        var flow = conversation.IsPreview ? flows.Draft(record, settings.HeadingName) : flows.Published(record, settings.HeadingName);
        var state = JsonSerializer.Deserialize<ConversationState>(conversation.StateJson, FlowJson.Options);
        var turn = await runner.RunAsync(flow, state, TurnInput.Message(text), await EnvironmentAsync(conversation, settings, cancellationToken), cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        var messages = await writer.WriteAsync(conversation, flow.Flow.Language, text, clientMessageId, turn, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await writer.SaveAnalyticsAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ConversationTurn(conversation, messages);
    }

    // The replies of a stored turn follow its visitor message directly: they were written in its transaction.
    internal async Task<List<MessageRecord>> RepliesToAsync(MessageRecord visitorMessage, CancellationToken cancellationToken)
    {
        var following = await db.Messages.AsNoTracking()
            .Where(m => m.ConversationId == visitorMessage.ConversationId && m.Seq > visitorMessage.Seq)
            .OrderBy(m => m.Seq).Take(200).ToListAsync(cancellationToken);
        return [visitorMessage, .. following.TakeWhile(m => m.Author == MessageAuthor.Bot)];
    }

    private async Task<ContactRecord?> KnownContactAsync(StartConversation request, CancellationToken cancellationToken) =>
        request.ContactId is { } id
            ? await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await db.Contacts.AsNoTracking().Where(c => c.VisitorId == request.VisitorId).OrderByDescending(c => c.UpdatedUtc).FirstOrDefaultAsync(cancellationToken);

    private async Task<TurnEnvironment> EnvironmentAsync(ConversationRecord conversation, Core.Channel.ChannelSettings settings, CancellationToken cancellationToken) =>
        Environment(conversation, (await availability.ReadAsync(settings, null, cancellationToken)).State, time.GetUtcNow());

    /// <summary>What the engine may see of a conversation's turn; the single and the batched path build it alike.</summary>
    internal static TurnEnvironment Environment(ConversationRecord conversation, TeamAvailability availability, DateTimeOffset now) =>
        new(Instant.FromDateTimeOffset(now), availability, Tickets.TicketReferences.New)
        {
            IsPreview = conversation.IsPreview,
            PageUrl = conversation.PageUrl,
            ConversationId = conversation.Id,
        };

    internal static bool IsWriteConflict(Exception e) =>
        e is DbUpdateException || e.GetBaseException() is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 }
            || e.GetBaseException() is Npgsql.PostgresException { SqlState: "40001" or "40P01" or "23505" };

    private static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
