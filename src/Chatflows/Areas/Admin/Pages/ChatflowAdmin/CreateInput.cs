using Chatflows.Core.Flows;
using Chatflows.Flows;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>The wizard's fields (C1–C4). Bound from the query too, so "create a knowledge base" can return to the wizard where it left.</summary>
public sealed class CreateInput
{
    public FlowBinding Binding { get; set; } = FlowBinding.Inbox;

    public string? Language { get; set; } = "en";

    public string? Name { get; set; } = "";

    /// <summary>A template key, or <see cref="Scratch"/>.</summary>
    public string? Template { get; set; } = Scratch;

    public bool KnowledgeBaseSearch { get; set; }

    public string? KnowledgeBaseId { get; set; }

    public string? TicketPipeline { get; set; } = "support";

    public string? TicketStatus { get; set; } = "new";

    public string? HandOffTeamId { get; set; }

    public string? MeetingUserId { get; set; }

    public const string Scratch = ChatflowWizard.Scratch;

    public NewChatflow ToNewChatflow(bool bindingUnreadable) => new(
        bindingUnreadable ? null : Binding, Language, Name, Template, KnowledgeBaseSearch, KnowledgeBaseId, TicketPipeline, TicketStatus, HandOffTeamId, MeetingUserId);
}
