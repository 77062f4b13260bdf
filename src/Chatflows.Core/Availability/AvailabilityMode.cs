namespace Chatflows.Core.Availability;

/// <summary>What decides whether the team is there to chat (W5).</summary>
public enum AvailabilityMode
{
    /// <summary>Available when at least one agent has set themselves available (W5a); there are no hours.</summary>
    Users,

    /// <summary>Open only inside the office hours, in the site's time zone (W5b); agents still decide Away or Available.</summary>
    OfficeHours,

    /// <summary>Open 24/7 (W5c): the bot answers even when no agent is around, so only capacity limits the team.</summary>
    AlwaysOn,
}
