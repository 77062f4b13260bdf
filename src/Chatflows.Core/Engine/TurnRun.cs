using Chatflows.Core.Flows;
using Chatflows.Core.Text;

namespace Chatflows.Core.Engine;

/// <summary>The mutable scratch pad of one turn; what it holds becomes the immutable <see cref="TurnResult"/>.</summary>
internal sealed class TurnRun(CompiledFlow flow, TurnEnvironment environment, MessageTemplates templates, ConversationState state)
{
    public Chatflow Flow => flow.Flow;

    public TurnEnvironment Environment => environment;

    public Dictionary<string, string> Variables { get; } = ConversationState.Copy(state.Variables);

    public Dictionary<string, string> Contact { get; } = ConversationState.Copy(state.Contact);

    public Dictionary<string, string> Company { get; } = ConversationState.Copy(state.Company);

    public List<BotReply> Replies { get; } = [];

    public List<SideEffect> SideEffects { get; } = [];

    public List<FlowEvent> Events { get; } = [];

    public string? Answer { get; set; } = state.LastAnswer;

    public string Render(string text) => TryRender(text) ?? Flow.Options.ErrorMessage;

    public string? TryRender(string text) => templates.Render(text, new MessageTemplateModel(Contact, Company, Variables, flow.ChatName));

    public void Say(BotReply reply) => Replies.Add(reply with { DelayMs = Math.Clamp(Flow.Options.TypingDelayMs, 0, FlowOptions.MaxTypingDelayMs) });

    public ConversationState ToState(ConversationStatus status, string? waitingOn, bool completed) => new()
    {
        Status = status,
        WaitingOn = waitingOn,
        Variables = Variables,
        Contact = Contact,
        Company = Company,
        LastAnswer = Answer,
        LastActivity = environment.Now,
        Completed = completed,
    };

    public TurnResult Finish(ConversationStatus status, string? waitingOn = null, bool completed = false) =>
        new(Replies, ToState(status, waitingOn, completed), SideEffects, Events);
}
