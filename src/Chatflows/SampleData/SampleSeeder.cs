using System.Globalization;
using Chatflows.Channel;
using Chatflows.Inbox;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Chatflows.SampleData;

/// <summary>
/// Writes the demo's sample conversations (#22 item 12) through the services a visitor's and an agent's requests
/// use — start, turns, hand-off, agent replies, closing, the survey — dated in the weeks before today by the
/// <see cref="SampleClock"/>, and records what they created in the <see cref="SampleDataRecord"/> ledger.
/// Runs at start-up after the setup recipe committed, before the server takes requests, so nothing else writes.
/// </summary>
public sealed partial class SampleSeeder(IServiceScopeFactory scopes, TimeProvider time, ILogger<SampleSeeder> logger)
{
    public async Task<int> SeedAsync(SampleRequest request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ChatflowsDbContext>();
        var settings = (await services.GetRequiredService<ChannelSettingsStore>().GetAsync(cancellationToken)).Settings;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(settings.TimeZone) ?? DateTimeZone.Utc;
        var agents = await db.Users.Where(u => u.DeactivatedUtc == null).Select(u => new { u.Id, u.IsAvailable }).ToListAsync(cancellationToken);
        var lastContact = await db.Contacts.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var lastMail = await db.MailOutbox.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;

        var (conversations, contacts) = (0, 0);
        try
        {
            bool? available = null;
            foreach (var visit in SampleScript.Visits(request.Conversations, request.Weeks, time.GetUtcNow(), zone))
            {
                // Only when it changes: each is a commit, and start-up waits for them.
                var needed = visit.Path is SamplePath.NotHelped or SamplePath.Person;
                if (available != needed)
                {
                    await SetAgentsAvailableAsync(services, agents.Select(a => a.Id), needed, cancellationToken);
                    available = needed;
                }

                if (await new SampleVisitor(scopes, time as SampleClock, request.ChatflowId, visit).RunAsync(cancellationToken) is { } id)
                {
                    conversations++;
                    contacts += await RecordAsync(db, id, lastContact, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Samples are a courtesy: the site starts without the rest, and what was written is in the ledger to remove.
            LogFailed(logger, e, conversations);
        }
        finally
        {
            // Whoever was available before is again; nobody else is.
            foreach (var agent in agents)
            {
                await services.GetRequiredService<AgentAvailability>().SetAsync(agent.Id, agent.IsAvailable, cancellationToken);
            }

            // Invitations, ticket mails and reminders about weeks-old sample events must never go out.
            await db.MailOutbox.Where(m => m.Id > lastMail).ExecuteDeleteAsync(cancellationToken);
        }

        LogSeeded(logger, conversations, contacts);
        return conversations;
    }

    // The conversation, and the contact it created (a contact newer than any before the seeding), go in the ledger.
    private static async Task<int> RecordAsync(ChatflowsDbContext db, string conversationId, long lastContact, CancellationToken cancellationToken)
    {
        var contact = await db.Conversations.Where(c => c.Id == conversationId && c.ContactId > lastContact).Select(c => c.ContactId).SingleOrDefaultAsync(cancellationToken);
        db.SampleData.Add(new SampleDataRecord { Kind = SampleDataKinds.Conversation, Key = conversationId });
        if (contact is { } id && !await db.SampleData.AnyAsync(s => s.Kind == SampleDataKinds.Contact && s.Key == id.ToString(CultureInfo.InvariantCulture), cancellationToken))
        {
            db.SampleData.Add(new SampleDataRecord { Kind = SampleDataKinds.Contact, Key = id.ToString(CultureInfo.InvariantCulture) });
        }

        await db.SaveChangesAsync(cancellationToken);
        return contact is null ? 0 : 1;
    }

    private static async Task SetAgentsAvailableAsync(IServiceProvider services, IEnumerable<string> agents, bool available, CancellationToken cancellationToken)
    {
        foreach (var agent in agents)
        {
            await services.GetRequiredService<AgentAvailability>().SetAsync(agent, available, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the sample conversations failed after {Conversations}; the site starts without the rest")]
    private static partial void LogFailed(ILogger logger, Exception exception, int conversations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Conversations} sample conversations and {Contacts} sample contacts")]
    private static partial void LogSeeded(ILogger logger, int conversations, int contacts);
}
