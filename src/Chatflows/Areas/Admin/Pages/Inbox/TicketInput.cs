using Chatflows.Tickets;

namespace Chatflows.Areas.Admin.Pages.Inbox;

/// <summary>The inbox's "create a ticket" form; pipeline and status travel as one choice, <c>pipeline/status</c>.</summary>
public sealed class TicketInput
{
    public string? Subject { get; set; }

    public string? Description { get; set; }

    public string? PipelineStatus { get; set; }

    public string? Priority { get; set; }

    public string? AssigneeId { get; set; }

    public static TicketInput From(NewTicket ticket) => new()
    {
        Subject = ticket.Subject,
        Description = ticket.Description,
        PipelineStatus = Choice(ticket.Pipeline, ticket.Status),
        Priority = ticket.Priority,
        AssigneeId = ticket.AssigneeId,
    };

    public static string Choice(string pipeline, string status) => $"{pipeline}/{status}";

    public NewTicket ToNewTicket()
    {
        var parts = (PipelineStatus ?? "").Split('/', 2);
        return new NewTicket(Subject ?? "", Description ?? "", parts[0], parts.Length == 2 ? parts[1] : "", Priority ?? "",
            string.IsNullOrWhiteSpace(AssigneeId) ? null : AssigneeId);
    }

    /// <summary>The form field a service error belongs to.</summary>
    public static string FieldOf(string field) => field switch
    {
        "subject" => nameof(Subject),
        "description" => nameof(Description),
        "status" => nameof(PipelineStatus),
        "priority" => nameof(Priority),
        _ => nameof(AssigneeId),
    };
}
