using Chatflows.Core.Availability;
using Chatflows.Core.Channel;
using Chatflows.Core.Ports;
using NodaTime;

namespace Chatflows.Channel;

/// <summary>
/// The channel's availability now (W5–W7): its settings (mode, office hours in the site's time zone,
/// behaviours) applied to the agents' availability and load, with "back at" in the visitor's time zone.
/// </summary>
public sealed class ChannelAvailability(ChannelSettingsStore channel, ITeamRoster roster, TimeProvider time)
{
    public async Task<AvailabilityResult> ReadAsync(string? visitorTimeZone, CancellationToken cancellationToken) =>
        await ReadAsync((await channel.GetAsync(cancellationToken)).Settings, visitorTimeZone, cancellationToken);

    /// <summary>The same, for a caller that already read the channel settings (no second read).</summary>
    public Task<AvailabilityResult> ReadAsync(ChannelSettings settings, string? visitorTimeZone, CancellationToken cancellationToken) =>
        ReadAsync(settings, visitorTimeZone, null, cancellationToken);

    /// <param name="visitorLanguage">The visitor's language (L1): "back at …" is written in it; invariant English when null.</param>
    public async Task<AvailabilityResult> ReadAsync(ChannelSettings settings, string? visitorTimeZone, string? visitorLanguage, CancellationToken cancellationToken) =>
        Evaluate(settings, await LoadAsync(cancellationToken), visitorTimeZone, visitorLanguage);

    /// <summary>How busy the team is: the only part of availability that asks the database.</summary>
    public async Task<TeamLoad> LoadAsync(CancellationToken cancellationToken) => TeamLoad.Of(await roster.GetMembersAsync(null, cancellationToken));

    /// <summary>Availability now from settings and a load already read (office hours move with the clock, not the load).</summary>
    public AvailabilityResult Evaluate(ChannelSettings settings, TeamLoad load, string? visitorTimeZone, string? visitorLanguage = null)
    {
        var siteZone = settings.Zone();
        var visitorZone = visitorTimeZone is null ? siteZone : DateTimeZoneProviders.Tzdb.GetZoneOrNull(visitorTimeZone) ?? siteZone;
        // The visitor's language picks the away, offline and wait texts too; a text not translated stays the base one.
        return AvailabilityCalculator.Evaluate(settings.Availability.InLanguage(visitorLanguage), siteZone, Instant.FromDateTimeOffset(time.GetUtcNow()), load, visitorZone,
            visitorLanguage is null ? null : VisitorDates.Culture(visitorLanguage));
    }
}
