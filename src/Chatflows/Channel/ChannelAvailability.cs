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
    public async Task<AvailabilityResult> ReadAsync(ChannelSettings settings, string? visitorTimeZone, CancellationToken cancellationToken)
    {
        var siteZone = settings.Zone();
        var visitorZone = visitorTimeZone is null ? siteZone : DateTimeZoneProviders.Tzdb.GetZoneOrNull(visitorTimeZone) ?? siteZone;
        var load = TeamLoad.Of(await roster.GetMembersAsync(null, cancellationToken));
        return AvailabilityCalculator.Evaluate(settings.Availability, siteZone, Instant.FromDateTimeOffset(time.GetUtcNow()), load, visitorZone);
    }
}
