namespace Chatflows.Tickets;

/// <summary>
/// Who new tickets go to (W4): round robin among the named users and the members of the named teams.
/// Disabled, or with nobody left to take them, tickets stay unassigned for an agent to pick up.
/// </summary>
public sealed record TicketAssignment
{
    public const int MaxTargets = 100;

    public bool Enabled { get; init; }

    public IReadOnlyList<string> UserIds { get; init; } = [];

    public IReadOnlyList<string> TeamIds { get; init; } = [];
}
