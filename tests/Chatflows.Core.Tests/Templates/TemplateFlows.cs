using Chatflows.Core.Flows;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Ports;

namespace Chatflows.Core.Tests.Templates;

/// <summary>Template flows as the "new chatflow" dialog would create them, and the people and contacts the conversations meet.</summary>
public static class TemplateFlows
{
    public const string Team = "support-team";

    public static IReadOnlyDictionary<string, string> KnownContact { get; } =
        new Dictionary<string, string> { ["firstname"] = "Ann", ["email"] = "ann@example.com" };

    public static TeamMember AvailableAgent { get; } = new("u-sanne", "Sanne de Vries", IsAgent: true, IsAvailable: true, OpenChats: 0, Capacity: 3);

    public static TeamMember BusyAgent { get; } = AvailableAgent with { OpenChats = 3 };

    public static TemplateParameters Parameters(string language, FlowBinding binding = FlowBinding.Inbox) =>
        new("website-bot", "Website bot", language, binding)
        {
            KnowledgeBaseId = "help-centre",
            HandOffTeamId = Team,
            MeetingUserId = "u-sanne",
            TicketPipeline = "customer-care",
            TicketStatus = "waiting",
        };

    public static Chatflow Create(string key, string language, FlowBinding binding = FlowBinding.Inbox) =>
        new FlowTemplates().Create(key, Parameters(language, binding));
}
