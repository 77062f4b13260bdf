using System.Globalization;
using Chatflows.Core.Text;

namespace Chatflows.Core.Validation;

// The tickets admin's messages: tickets, pipelines and the assignment rule (P3, W4).
public static partial class ValidationTexts
{
    public static TextMessage TicketsPriority() => M("tickets.priority");
    public static TextMessage TicketsAssignee() => M("tickets.assignee");
    public static TextMessage TicketsStatus() => M("tickets.status");
    public static TextMessage TicketsSubject(int max) => M("tickets.subject", ("max", max));

    // Characters as written (4000, not 4,000), as the other length limits read.
    public static TextMessage TicketsDescription(int max) => M("tickets.description", ("max", max.ToString(CultureInfo.InvariantCulture)));
    public static TextMessage TicketsPipelineStatus() => M("tickets.pipelineStatus");
    public static TextMessage TicketsTargets(int max) => M("tickets.targets", ("max", max));
    public static TextMessage TicketsNoUser(string id) => M("tickets.noUser", ("id", id));
    public static TextMessage TicketsNoTeam(string id) => M("tickets.noTeam", ("id", id));
    public static TextMessage TicketsAssignTo() => M("tickets.assignTo");
    public static TextMessage TicketsPipelineId() => M("tickets.pipelineId");
    public static TextMessage TicketsPipelineName(int max) => M("tickets.pipelineName", ("max", max));
    public static TextMessage TicketsStatusName(int max) => M("tickets.statusName", ("max", max));
    public static TextMessage TicketsStatusId() => M("tickets.statusId");
    public static TextMessage TicketsStatusTwice(string id) => M("tickets.statusTwice", ("id", id));
    public static TextMessage TicketsStranded(int count, string status) => M("tickets.stranded", ("count", count), ("status", status));
    public static TextMessage TicketsPipelineTaken(string id) => M("tickets.pipelineTaken", ("id", id));
    public static TextMessage TicketsAssignmentSaved() => M("tickets.assignmentSaved");
    public static TextMessage TicketsSaved() => M("tickets.saved");
    public static TextMessage TicketsPipelineSaved(string name) => M("tickets.pipelineSaved", ("name", name));
}
