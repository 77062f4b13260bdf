using Chatflows.Core.Flows;

namespace Chatflows.Flows;

/// <summary>What an editor answered in the creation wizard (C1–C4); text as typed, checked by <see cref="ChatflowWizard"/>.</summary>
/// <param name="Binding">Where conversations go; null when the form sent something that is neither.</param>
/// <param name="Template">A template key, or <see cref="ChatflowWizard.Scratch"/>.</param>
public sealed record NewChatflow(
    FlowBinding? Binding,
    string? Language,
    string? Name,
    string? Template,
    bool KnowledgeBaseSearch,
    string? KnowledgeBaseId,
    string? TicketPipeline,
    string? TicketStatus,
    string? HandOffTeamId,
    string? MeetingUserId);
