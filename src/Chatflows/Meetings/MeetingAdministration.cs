using System.Text.RegularExpressions;
using Chatflows.Core.Availability;
using Chatflows.Core.Meetings;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Meetings;

/// <summary>Writes hosts' meeting types and hours, for the admin pages and the recipe step alike; <see cref="MeetingQueries"/> reads them.</summary>
public sealed partial class MeetingAdministration(ChatflowsDbContext db, TimeProvider time)
{
    /// <summary>Creates the host's type with this slug, or updates it (<paramref name="id"/> picks an existing one to rename).</summary>
    public async Task<IReadOnlyList<FieldError>> SaveTypeAsync(string userId, long? id, MeetingTypeInput input, CancellationToken cancellationToken)
    {
        List<FieldError> errors = [.. MeetingRules.FromMinutes(
            input.DurationMinutes, input.BufferBeforeMinutes, input.BufferAfterMinutes, input.MinimumNoticeMinutes, input.BookingWindowDays).Validate()];
        var name = input.Name.Trim();
        if (name.Length is 0 or > 100)
        {
            errors.Add(new("name", name.Length == 0 ? ValidationTexts.MeetingsTypeNameRequired() : ValidationTexts.MeetingsTypeName()));
        }

        if (!SlugPattern().IsMatch(input.Slug))
        {
            errors.Add(new("slug", input.Slug.Length == 0 ? ValidationTexts.MeetingsTypeSlugRequired() : ValidationTexts.MeetingsTypeSlug()));
        }

        var record = id is { } existing
            ? await db.MeetingTypes.SingleOrDefaultAsync(t => t.Id == existing && t.HostUserId == userId, cancellationToken)
            : await db.MeetingTypes.SingleOrDefaultAsync(t => t.HostUserId == userId && t.Slug == input.Slug, cancellationToken);
        if (id is not null && record is null)
        {
            errors.Add(new("", ValidationTexts.MeetingsTypeMissing()));
        }

        if (await db.MeetingTypes.AnyAsync(t => t.HostUserId == userId && t.Slug == input.Slug && (record == null || t.Id != record.Id), cancellationToken))
        {
            errors.Add(new("slug", ValidationTexts.MeetingsSlugTaken()));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (record is null)
        {
            record = new MeetingTypeRecord { HostUserId = userId, CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.MeetingTypes.Add(record);
        }

        record.Slug = input.Slug;
        record.Name = name;
        record.DurationMinutes = input.DurationMinutes;
        record.BufferBeforeMinutes = input.BufferBeforeMinutes;
        record.BufferAfterMinutes = input.BufferAfterMinutes;
        record.MinimumNoticeMinutes = input.MinimumNoticeMinutes;
        record.BookingWindowDays = input.BookingWindowDays;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<bool> DeleteTypeAsync(string userId, long id, CancellationToken cancellationToken) =>
        await db.MeetingTypes.Where(t => t.Id == id && t.HostUserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>The host's hours, or the default office week in <see cref="MeetingCalendar.DefaultTimeZone"/> when never saved.</summary>
    public async Task<(string TimeZone, OfficeHours Hours, bool Saved)> AvailabilityAsync(string userId, CancellationToken cancellationToken)
    {
        var record = await db.MeetingAvailability.AsNoTracking().SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        return record is null ? (MeetingCalendar.DefaultTimeZone, new OfficeHours(), false) : (record.TimeZone, MeetingCalendar.ReadHours(record.HoursJson), true);
    }

    public async Task<IReadOnlyList<FieldError>> SaveAvailabilityAsync(string userId, string timeZone, OfficeHours hours, CancellationToken cancellationToken)
    {
        List<FieldError> errors = [.. hours.Validate()];
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is null)
        {
            errors.Add(new("timeZone", ValidationTexts.MeetingsTimeZone(timeZone)));
        }

        for (var i = 0; i < hours.Days.Count; i++)
        {
            for (var j = 0; j < hours.Days[i].Ranges.Count; j++)
            {
                var range = hours.Days[i].Ranges[j];
                if (range.Start.Minute % 5 != 0 || range.End.Minute % 5 != 0 || range.Start.Second + range.End.Second > 0)
                {
                    errors.Add(new($"days[{i}].ranges[{j}]", ValidationTexts.MeetingsFiveMinutes()));
                }
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var record = await db.MeetingAvailability.SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        if (record is null)
        {
            record = new MeetingAvailabilityRecord { UserId = userId };
            db.MeetingAvailability.Add(record);
        }

        record.TimeZone = timeZone;
        record.HoursJson = MeetingCalendar.WriteHours(hours);
        record.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]
    private static partial Regex SlugPattern();
}
