namespace Chatflows.Meetings;

/// <summary>What became of a visitor's request to move their meeting.</summary>
public enum RescheduleOutcome
{
    Moved,
    NotFound,

    /// <summary>Cancelled or over: there is nothing to move.</summary>
    NotStanding,

    /// <summary>The chosen time is not one of the free times offered.</summary>
    NoSuchSlot,

    /// <summary>Someone else booked the time between the page and the post.</summary>
    Taken,
}
