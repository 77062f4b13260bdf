using System.Text.Json;
using Chatflows.Core.Availability;
using Chatflows.Core.Flows;
using Chatflows.Core.Meetings;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>Reads hosts' meeting types, hours and meetings, and turns them into free slots.</summary>
public sealed class MeetingCalendar(ChatflowsDbContext db)
{
    /// <summary>The default zone of a host who never saved their hours.</summary>
    public const string DefaultTimeZone = "Europe/Amsterdam";

    /// <summary>
    /// The host's plan for a meeting type named by id or slug; without one, their first type. Null when
    /// the host has no such type or has never set meeting hours: nothing to offer then.
    /// </summary>
    public async Task<HostPlan?> PlanAsync(string userId, string? meetingType, CancellationToken cancellationToken)
    {
        var types = db.MeetingTypes.AsNoTracking().Where(t => t.HostUserId == userId);
        if (!string.IsNullOrEmpty(meetingType))
        {
            types = long.TryParse(meetingType, out var id) ? types.Where(t => t.Id == id || t.Slug == meetingType) : types.Where(t => t.Slug == meetingType);
        }

        var type = await types.OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        var availability = await db.MeetingAvailability.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        // A deactivated host (someone who left) offers no slots.
        var host = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.DeactivatedUtc == null).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(cancellationToken);
        if (type is null || availability is null || host is null)
        {
            return null;
        }

        return new HostPlan(userId, host.DisplayName, host.Email, type, ReadHours(availability.HoursJson), Zone(availability.TimeZone));
    }

    /// <summary>The host's standing meetings that end after <paramref name="from"/> (minus a day of buffer room).</summary>
    public async Task<IReadOnlyList<BusyTime>> BusyAsync(string userId, Instant from, CancellationToken cancellationToken)
    {
        var after = from.Minus(Duration.FromDays(1)).ToDateTimeUtc();
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.HostUserId == userId && m.CancelledUtc == null && m.EndUtc > after)
            .Select(m => new { m.StartUtc, m.EndUtc, m.BufferBeforeMinutes, m.BufferAfterMinutes })
            .ToListAsync(cancellationToken);
        return [.. meetings.Select(m => new BusyTime(
            new Interval(ToInstant(m.StartUtc), ToInstant(m.EndUtc)),
            Duration.FromMinutes(m.BufferBeforeMinutes), Duration.FromMinutes(m.BufferAfterMinutes)))];
    }

    /// <summary>The host's next free slots, soonest first.</summary>
    public async Task<IReadOnlyList<Interval>> SlotsAsync(HostPlan plan, Instant now, int maxSlots, CancellationToken cancellationToken)
    {
        var busy = await BusyAsync(plan.UserId, now, cancellationToken);
        return [.. SlotGenerator.FreeSlots(plan.Rules, plan.Hours, plan.Zone, busy, now).Take(maxSlots)];
    }

    public static OfficeHours ReadHours(string json) =>
        JsonSerializer.Deserialize<OfficeHours>(json, FlowJson.Options) ?? new OfficeHours();

    public static string WriteHours(OfficeHours hours) => JsonSerializer.Serialize(hours, FlowJson.Options);

    public static DateTimeZone Zone(string? id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id ?? "") ?? DateTimeZoneProviders.Tzdb[DefaultTimeZone];

    /// <summary>SQLite hands DateTimes back unspecified; they were written as UTC.</summary>
    public static Instant ToInstant(DateTime utc) => Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
