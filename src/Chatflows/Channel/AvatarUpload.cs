namespace Chatflows.Channel;

/// <summary>How an avatar upload went: the new URL, or why it was refused, in an editor's words.</summary>
public sealed record AvatarUpload(string? Url, string? Error, bool IsConflict = false)
{
    public bool Succeeded => Url is not null;
}
