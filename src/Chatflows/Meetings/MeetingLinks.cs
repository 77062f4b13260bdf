namespace Chatflows.Meetings;

/// <summary>The visitor's public meeting addresses; the token is the only key, so the links are unguessable.</summary>
public static class MeetingLinks
{
    public const string Prefix = "/chatflows/meetings";

    public static string Manage(string token) => $"{Prefix}/{token}";

    public static string Invitation(string token) => $"{Prefix}/{token}/invitation.ics";
}
