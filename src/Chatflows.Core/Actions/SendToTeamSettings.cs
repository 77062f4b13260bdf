using System.ComponentModel.DataAnnotations;
using Chatflows.Core.References;
using Chatflows.Core.Translations;

namespace Chatflows.Core.Actions;

/// <param name="TeamId">The team; null for everyone in the inbox.</param>
public sealed record SendToTeamSettings(
    [property: Reference(ReferenceKind.Team)] string? TeamId = null,
    [property: MaxLength(1000), VisitorText] string Message = "I'm passing you to a colleague. They'll reply here shortly.",
    [property: MaxLength(1000), VisitorText] string? UnavailableMessage = null);
