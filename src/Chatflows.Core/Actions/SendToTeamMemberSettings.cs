using System.ComponentModel.DataAnnotations;
using Chatflows.Core.References;
using Chatflows.Core.Translations;

namespace Chatflows.Core.Actions;

public sealed record SendToTeamMemberSettings(
    [property: Required, Reference(ReferenceKind.User)] string UserId = "",
    [property: MaxLength(1000), VisitorText] string Message = "I'm connecting you with {{ vars.agent_name }}. One moment, please.",
    [property: MaxLength(1000), VisitorText] string? UnavailableMessage = null);
