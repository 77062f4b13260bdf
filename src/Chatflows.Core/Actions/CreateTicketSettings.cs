using System.ComponentModel.DataAnnotations;
using Chatflows.Core.References;
using Chatflows.Core.Translations;

namespace Chatflows.Core.Actions;

/// <param name="Pipeline">Overrides the chatflow's ticket pipeline (C4) when set.</param>
/// <param name="Status">Overrides the chatflow's ticket status (C4) when set.</param>
public sealed record CreateTicketSettings(
    [property: Required, MaxLength(200)] string Subject = "Chat question",
    [property: MaxLength(4000)] string Description = "",
    [property: MaxLength(1000), VisitorText] string? Confirmation = null,
    [property: Reference(ReferenceKind.TicketPipeline)] string? Pipeline = null,
    [property: Reference(ReferenceKind.TicketStatus, Within = "Pipeline")] string? Status = null);
