using System.Text.Json.Nodes;
using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using NodaTime;

namespace Chatflows.Core.Engine;

/// <summary>What an action sees and may do during a turn: read and set values, say things, request side effects.</summary>
public sealed class ActionContext
{
    private readonly TurnRun _run;

    internal ActionContext(TurnRun run, FlowAction action, string? input)
    {
        _run = run;
        Action = action;
        Input = input;
    }

    public Chatflow Flow => _run.Flow;

    public FlowAction Action { get; }

    /// <summary>The visitor's message when resuming after <see cref="BotAction{T}.WaitForVisitor"/>; null on first entry.</summary>
    public string? Input { get; }

    public bool IsResuming => Input is not null;

    public Instant Now => _run.Environment.Now;

    public string? ConversationId => _run.Environment.ConversationId;

    /// <summary>All conversation variables as they stand now.</summary>
    public IReadOnlyDictionary<string, string> Variables => _run.Variables;

    /// <summary>All known contact properties as they stand now.</summary>
    public IReadOnlyDictionary<string, string> Contact => _run.Contact;

    /// <summary>All known company properties as they stand now.</summary>
    public IReadOnlyDictionary<string, string> Company => _run.Company;

    public TeamAvailability Availability => _run.Environment.Availability;

    /// <summary>Built-in texts (validation messages and the like) in the chatflow's language.</summary>
    public BuiltInTexts Texts => BuiltInTexts.For(Flow.Language);

    public string? Variable(string name) => _run.Variables.GetValueOrDefault(name);

    public void SetVariable(string name, string value) => _run.Variables[name] = value;

    public string? ContactProperty(string name) => _run.Contact.GetValueOrDefault(name);

    /// <summary>Sets a contact property now (later branches see it) and asks the module to store it.</summary>
    public void SetContactProperty(string name, string value)
    {
        _run.Contact[name] = value;
        _run.SideEffects.Add(new SetContactProperty(name, value));
    }

    public void SetCompanyProperty(string name, string value)
    {
        _run.Company[name] = value;
        _run.SideEffects.Add(new SetCompanyProperty(name, value));
    }

    /// <summary>Records the visitor's answer to this action, for branches on "the answer" (B3).</summary>
    public void SetAnswer(string answer) => _run.Answer = answer;

    /// <summary>Personalises <paramref name="text"/> (B7); a broken template yields the flow's error message.</summary>
    public string Render(string text) => _run.Render(text);

    /// <summary>Personalises a value to store (B7); null when the template fails, so an error text never becomes data.</summary>
    public string? RenderValue(string text) => _run.TryRender(text);

    /// <summary>Sends a bot message, personalised, after the typing delay (O1).</summary>
    public void Say(string text, BotReplyKind kind = BotReplyKind.Text, IReadOnlyList<QuickReply>? quickReplies = null,
        string? inputHint = null, JsonObject? payload = null) =>
        _run.Say(new BotReply
        {
            Kind = kind,
            Text = Render(text),
            QuickReplies = quickReplies ?? [],
            InputHint = inputHint,
            Payload = payload,
            ActionId = Action.Id,
        });

    public void Request(SideEffect effect) => _run.SideEffects.Add(effect);

    public void Record(FlowEventKind kind, string? detail = null) => _run.Events.Add(new FlowEvent(kind, Action.Id, detail));

    /// <summary>A short unique reference for something this turn creates, e.g. a ticket number.</summary>
    public string NewReference() => _run.Environment.NewReference();
}
