using BenchmarkDotNet.Attributes;
using Chatflows.Core.Actions;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Flows.Templates;
using Chatflows.Core.Text;
using Chatflows.KnowledgeBase.Actions;
using NodaTime;

namespace Chatflows.Benchmarks.Engine;

/// <summary>
/// The engine's cost per visitor turn (target: under 4 KB allocated and under 1 % of a full HTTP turn),
/// a personalised message, and validating a large flow as the builder does on every save.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private readonly TurnEnvironment _environment = new(Instant.FromUtc(2026, 11, 25, 10, 0), TeamAvailability.Available, () => "T-BENCH1");
    private FlowRunner _runner = null!;
    private FlowValidator _validator = null!;
    private MessageTemplates _templates = null!;
    private CompiledFlow _concierge = null!;
    private ConversationState _waitingForReason = null!;
    private ConversationState _waitingForQuery = null!;
    private Chatflow _largeFlow = null!;
    private MessageTemplateModel _model = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var ports = new FixedPorts();
        _templates = new MessageTemplates();
        var catalog = new ActionCatalog(
        [
            new SendMessageAction(), new AskQuestionAction(), new SetContactPropertyAction(), new SetCompanyPropertyAction(),
            new SearchKnowledgeAction(ports), new BookMeetingAction(ports), new CreateTicketAction(),
            new SendToTeamMemberAction(ports), new SendToTeamAction(ports), new EndConversationAction(),
        ]);
        _runner = new FlowRunner(catalog, _templates);
        _validator = new FlowValidator(catalog, _templates);
        var flow = new FlowTemplates().Create("concierge", new TemplateParameters("concierge", "Concierge", "en", FlowBinding.Inbox) { MeetingUserId = "u1" });
        _concierge = _runner.Compile(flow, "Ledgerly");
        _waitingForReason = (await _runner.RunAsync(_concierge, null, TurnInput.Start, _environment)).State;
        _waitingForQuery = (await _runner.RunAsync(_concierge, _waitingForReason, TurnInput.Message("search"), _environment)).State;
        _largeFlow = LargeFlow(200);
        _model = new MessageTemplateModel(
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["firstname"] = "Noor" },
            new Dictionary<string, string>(),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["reason"] = "pricing" },
            "Ledgerly");
    }

    /// <summary>The visitor clicks a quick reply; the bot asks the next question.</summary>
    [Benchmark]
    public ValueTask<TurnResult> Turn_quick_reply_to_next_question() =>
        _runner.RunAsync(_concierge, _waitingForReason, TurnInput.Message("search"), _environment);

    /// <summary>The visitor types a question; the bot searches and shares articles, then asks if it helped.</summary>
    [Benchmark]
    public ValueTask<TurnResult> Turn_knowledge_search_and_follow_up() =>
        _runner.RunAsync(_concierge, _waitingForQuery, TurnInput.Message("export invoices"), _environment);

    [Benchmark]
    public string? Render_personalised_message() =>
        _templates.Render("Hi {{ contact.firstname | default: \"there\" }}, you asked about {{ vars.reason }}.", _model);

    [Benchmark]
    public int Validate_200_action_flow() => _validator.Validate(_largeFlow).Count;

    private static Chatflow LargeFlow(int count) => new()
    {
        Id = "large",
        Name = "Large",
        WelcomeMessage = "Hi {{ contact.firstname | default: \"there\" }}",
        Actions = [.. Enumerable.Range(0, count).Select(i => i % 2 == 0
            ? new FlowAction
            {
                Id = $"a{i}",
                Type = "askQuestion",
                Settings = System.Text.Json.JsonSerializer.SerializeToNode(
                    new AskQuestionSettings { Text = $"Question {i}?", QuickReplies = [new("Yes"), new("No")] }, FlowJson.Options)!.AsObject(),
                Next = i + 1 < count ? $"a{i + 1}" : null,
                Branches = [new Branch(new Condition { Value = "No" }, i + 2 < count ? $"a{i + 2}" : $"a{i}")],
            }
            : new FlowAction
            {
                Id = $"a{i}",
                Type = "sendMessage",
                Settings = new System.Text.Json.Nodes.JsonObject { ["text"] = $"Thanks {{{{ contact.firstname }}}} ({i})" },
                Next = i + 1 < count ? $"a{i + 1}" : null,
            })],
    };
}
