using System.Security.Claims;

namespace Chatflows.Audit;

/// <summary>The signed-in person an admin change is recorded against.</summary>
public sealed record Editor(string? UserId, string Name)
{
    public static Editor From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name is { Length: > 0 } name ? name : "Unknown user");
}
