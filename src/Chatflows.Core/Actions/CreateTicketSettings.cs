using System.ComponentModel.DataAnnotations;

namespace Chatflows.Core.Actions;

/// <param name="Pipeline">Overrides the chatflow's ticket pipeline (C4) when set.</param>
/// <param name="Status">Overrides the chatflow's ticket status (C4) when set.</param>
public sealed record CreateTicketSettings(
    [property: Required, MaxLength(200)] string Subject = "Chat question",
    [property: MaxLength(4000)] string Description = "",
    [property: MaxLength(1000)] string? Confirmation = null,
    string? Pipeline = null,
    string? Status = null);
