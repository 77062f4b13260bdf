using Chatflows.Core.Engine;

namespace Chatflows.Core.Tests.TestPorts;

/// <summary>One visitor's conversation: each call is a turn; what the bot said and asked to store is kept.</summary>
public sealed class TestConversation(TestEngine engine, CompiledFlow flow, IReadOnlyDictionary<string, string>? contact)
{
    public ConversationState? State { get; private set; } = contact is null ? null : ConversationState.Start(contact, null, engine.Now);

    public TurnResult? Last { get; private set; }

    public List<SideEffect> SideEffects { get; } = [];

    public List<FlowEvent> Events { get; } = [];

    /// <summary>Opens the chat; returns the bot's texts.</summary>
    public Task<IReadOnlyList<string>> OpenAsync() => TurnAsync(TurnInput.Start);

    /// <summary>The visitor types or clicks; returns the bot's texts.</summary>
    public Task<IReadOnlyList<string>> SayAsync(string text) => TurnAsync(TurnInput.Message(text));

    private async Task<IReadOnlyList<string>> TurnAsync(TurnInput input)
    {
        Last = await engine.Runner.RunAsync(flow, State, input, engine.Environment());
        State = Last.State;
        SideEffects.AddRange(Last.SideEffects);
        Events.AddRange(Last.Events);
        return [.. Last.Replies.Select(r => r.Text)];
    }
}
