using System.Security.Cryptography;
using Chatflows.Channel;
using Chatflows.Contacts;
using Chatflows.Core.Engine;
using Chatflows.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Chatflows.Visitors;

/// <summary>
/// Visitor conversations: their start, their turns, their catch-up. A turn's visitor message, bot replies, new
/// state and side effects are stored together or not at all, and a retry with the same <c>clientMessageId</c>
/// returns the stored replies and writes nothing (<see cref="VisitorTurns"/>).
/// </summary>
public sealed class ConversationService(
    ChatflowsDbContext db,
    PublishedFlows flows,
    FlowRunner runner,
    TurnBatcher batcher,
    ChannelSettingsStore channel,
    ChannelAvailability availability,
    VisitorTurns turns,
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
        var baseFlow = request.Preview ? flows.Draft(record, settings.HeadingName) : flows.Published(record, settings.HeadingName);
        var language = Core.Translations.FlowLanguages.Choose(baseFlow.Flow, request.Language);
        var flow = flows.InLanguage(baseFlow, language);
        var contact = await KnownContactAsync(request, cancellationToken);
        var now = time.GetUtcNow();
        var id = NewConversationId();
        // A fresh record for each attempt of the writer: a failed commit leaves numbered counters on the one it tried.
        ConversationRecord NewRecord() => new()
        {
            Id = id,
            ChatflowId = record.Id,
            FlowVersion = record.PublishedVersion,
            VisitorId = request.VisitorId,
            ContactId = contact?.Id,
            IsPreview = request.Preview,
            PageUrl = request.PageUrl,
            VerifiedEmail = request.VerifiedEmail,
            Language = language,
            StartedUtc = now.UtcDateTime,
        };
        var conversation = NewRecord();
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

        // Stored by the node's writer in its scope, with a turn writer of its own (its analytics tally is per unit of work).
        return await batcher.WriteAsync(async (services, token) =>
        {
            var writerDb = services.GetRequiredService<ChatflowsDbContext>();
            var turnWriter = ActivatorUtilities.CreateInstance<TurnWriter>(services);
            var stored = NewRecord();
            writerDb.Conversations.Add(stored);
            var written = await turnWriter.WriteAsync(stored, flow.Flow.Language, null, null, turn, now.UtcDateTime, token)
                ?? throw new InvalidOperationException("A conversation's first turn offers meeting times; it never books one.");
            await writerDb.SaveChangesAsync(token);
            await turnWriter.SaveAnalyticsAsync(token);
            return new ConversationTurn(stored, written);
        }, cancellationToken);
    }

    /// <summary>
    /// Stores the visitor's message and the bot's replies; null when the conversation is not this visitor's. The
    /// engine runs first, outside any transaction; turns from many visitors are then committed together by the
    /// <see cref="TurnBatcher"/>, and the answer comes only after the commit.
    /// </summary>
    /// <exception cref="TimeoutException">The chatflow took longer than its budget: nothing was stored.</exception>
    public Task<ConversationTurn?> PostAsync(
        string conversationId, string visitorId, string clientMessageId, string text, CancellationToken cancellationToken) =>
        turns.PostAsync(conversationId, visitorId, clientMessageId, text, cancellationToken);

    /// <inheritdoc cref="VisitorTurns.PostAloneAsync"/>
    internal Task<ConversationTurn?> PostAloneAsync(
        string conversationId, string visitorId, string clientMessageId, string text, CancellationToken cancellationToken) =>
        turns.PostAloneAsync(conversationId, visitorId, clientMessageId, text, cancellationToken);

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
