using System.Globalization;
using Chatflows.Core.Engine;
using Chatflows.Core.Ports;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Chatflows.Meetings;

/// <summary>
/// Meeting links behind the book-a-meeting action (B2). A person's slots are their own; a team's are the
/// union of its members' slots, and a booking goes to the free member with the fewest upcoming meetings
/// (round robin that evens out load). Works in a scope of its own because bot actions are singletons.
/// </summary>
public sealed class MeetingScheduler(IServiceScopeFactory scopes, TimeProvider time) : IMeetingScheduler
{
    private static readonly InstantPattern IdPattern = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmm'Z'");

    public async ValueTask<IReadOnlyList<MeetingSlot>> GetSlotsAsync(MeetingTarget target, Instant from, int maxSlots, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var calendar = scope.ServiceProvider.GetRequiredService<MeetingCalendar>();
        var starts = new SortedDictionary<Instant, (Interval Slot, DateTimeZone HostZone)>();
        foreach (var plan in await PlansAsync(scope.ServiceProvider, target, cancellationToken))
        {
            foreach (var slot in await calendar.SlotsAsync(plan, from, maxSlots, cancellationToken))
            {
                starts.TryAdd(slot.Start, (slot, plan.Zone));
            }
        }

        return [.. starts.Values.Take(maxSlots).Select(s => ToSlot(s.Slot, Label(s.Slot.Start, target.VisitorTimeZone, s.HostZone, target.Language)))];
    }

    public async ValueTask<BookMeeting?> PrepareAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var calendar = services.GetRequiredService<MeetingCalendar>();
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        foreach (var plan in await PlansAsync(services, target, cancellationToken))
        {
            // Only a time the host still offers, so a stale or forged slot id cannot bypass hours or notice.
            var offered = await calendar.SlotsAsync(plan, now, int.MaxValue, cancellationToken);
            foreach (var interval in offered.Where(s => s.Start == slot.Start).Take(1))
            {
                var token = MeetingTokens.New();
                return new BookMeeting(
                    MeetingTokens.NewReference(), plan.UserId, plan.Type.Id.ToString(CultureInfo.InvariantCulture), interval.Start, interval.End,
                    name, email, target.VisitorTimeZone, token, plan.DisplayName, MeetingLinks.Invitation(token));
            }
        }

        return null;
    }

    /// <summary>
    /// Books a slot outside a visitor turn, in a transaction of its own: prepared as a turn would, then claimed.
    /// A claim refused by a racing booking is prepared again on fresh rows, so a team's next free member gets it.
    /// </summary>
    public async Task<BookMeeting?> BookAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            if (await PrepareAsync(target, slot, name, email, cancellationToken) is not { } booking)
            {
                return null;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ChatflowsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await scope.ServiceProvider.GetRequiredService<MeetingBooker>().ClaimAsync(booking, target.ConversationId, cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return booking;
            }
        }

        return null;
    }

    /// <summary>How a slot reads to the visitor: their zone when the widget told us, the host's otherwise; day and month in their language (L1).</summary>
    public static string Label(Instant start, string? visitorTimeZone, DateTimeZone fallback, string? language = null)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(visitorTimeZone ?? "") ?? fallback;
        var local = start.InZone(zone);
        var culture = language is null or "en" ? CultureInfo.InvariantCulture : Core.Availability.VisitorDates.Culture(language);
        return $"{local.ToString("ddd d MMM, HH:mm", culture)} ({zone.Id})";
    }

    /// <summary>The slot's id is its start, so a choice survives the list being read again a moment later.</summary>
    public static MeetingSlot ToSlot(Interval slot, string label) => new(IdPattern.Format(slot.Start), slot.Start, slot.End, label);

    // A person: just them. A team: members with the type, least-booked first, so the union lists every
    // free time and a booking lands on whoever has had fewest meetings coming up.
    private async Task<IReadOnlyList<HostPlan>> PlansAsync(IServiceProvider services, MeetingTarget target, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ChatflowsDbContext>();
        var calendar = services.GetRequiredService<MeetingCalendar>();
        List<string> hosts = [];
        if (!string.IsNullOrEmpty(target.UserId))
        {
            hosts.Add(target.UserId);
        }
        else if (!string.IsNullOrEmpty(target.TeamId))
        {
            var now = time.GetUtcNow().UtcDateTime;
            hosts = await db.TeamMembers.AsNoTracking().Where(m => m.TeamId == target.TeamId)
                .Select(m => new { m.UserId, Upcoming = db.Meetings.Count(x => x.HostUserId == m.UserId && x.CancelledUtc == null && x.StartUtc > now) })
                .OrderBy(m => m.Upcoming).ThenBy(m => m.UserId).Select(m => m.UserId).ToListAsync(cancellationToken);
        }

        List<HostPlan> plans = [];
        foreach (var host in hosts)
        {
            if (await calendar.PlanAsync(host, target.MeetingTypeId, cancellationToken) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }
}
