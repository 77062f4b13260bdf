using Chatflows.Core.Validation;

namespace Chatflows.Channel;

/// <summary>How an avatar upload went: the new URL, or why it was refused, by key so the admin shows it in the editor's language.</summary>
public sealed record AvatarUpload(string? Url, FieldError? Error, bool IsConflict = false)
{
    public bool Succeeded => Url is not null;
}
