namespace Chatflows.Storage;

/// <summary>Membership of a user in a team; a user may belong to several teams.</summary>
public sealed class TeamMemberRecord
{
    public string TeamId { get; set; } = "";

    public string UserId { get; set; } = "";
}
