using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;
using Chatflows.Core.Text;
using Chatflows.KnowledgeBase.Actions;
using NodaTime;

namespace Chatflows.Core.Tests.TestPorts;

/// <summary>
/// The real engine (catalogue with every built-in action, runner, validator, templates) over in-memory
/// ports, plus a clock a test moves. Conversations run turn by turn as a visitor would.
/// </summary>
public sealed class TestEngine
{
    private int _references;

    public TestEngine(params IBotAction[] extraActions)
    {
        Catalog = new ActionCatalog(
        [
            new SendMessageAction(), new AskQuestionAction(), new SetContactPropertyAction(), new SetCompanyPropertyAction(),
            new SearchKnowledgeAction(Knowledge), new BookMeetingAction(Meetings), new CreateTicketAction(),
            new SendToTeamMemberAction(Roster), new SendToTeamAction(Roster), new EndConversationAction(),
            .. extraActions,
        ]);
        Runner = new FlowRunner(Catalog, Templates);
        Validator = new FlowValidator(Catalog, Templates);
    }

    public InMemoryKnowledgeSearch Knowledge { get; } = new();

    public StaticTeamRoster Roster { get; } = new();

    public InMemoryMeetingScheduler Meetings { get; } = new();

    public MessageTemplates Templates { get; } = new();

    public ActionCatalog Catalog { get; }

    public FlowRunner Runner { get; }

    public FlowValidator Validator { get; }

    public Instant Now { get; set; } = Instant.FromUtc(2026, 11, 25, 10, 0);

    public TeamAvailability Availability { get; set; } = TeamAvailability.Available;

    public TestConversation Start(Chatflow flow, IReadOnlyDictionary<string, string>? contact = null) => new(this, Runner.Compile(flow, "Ledgerly"), contact);

    internal TurnEnvironment Environment() => new(Now, Availability, () => $"T-{++_references}");
}
