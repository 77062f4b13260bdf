using Microsoft.AspNetCore.Identity;

namespace Chatflows.Users;

/// <summary>An editor, agent or administrator who signs in to the admin.</summary>
public sealed class ChatflowsUser : IdentityUser
{
    /// <summary>Name shown to colleagues and, for agents, to visitors.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>How many chats an agent takes at once before the channel counts them as at capacity (W7).</summary>
    public int ChatCapacity { get; set; } = 3;

    /// <summary>Set by the agent: available for chats, or away (W5a).</summary>
    public bool IsAvailable { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>
    /// When an administrator deactivated the account (someone left the team): it can no longer sign in and
    /// gets no chats, tickets or meetings, while everything it did keeps its name. Null while active.
    /// </summary>
    public DateTime? DeactivatedUtc { get; set; }
}
