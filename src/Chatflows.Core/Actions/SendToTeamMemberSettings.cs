using System.ComponentModel.DataAnnotations;
using Chatflows.Core.References;

namespace Chatflows.Core.Actions;

public sealed record SendToTeamMemberSettings(
    [property: Required, Reference(ReferenceKind.User)] string UserId = "",
    [property: MaxLength(1000)] string Message = "I'm connecting you with {{ vars.agent_name }}. One moment, please.",
    [property: MaxLength(1000)] string? UnavailableMessage = null);
