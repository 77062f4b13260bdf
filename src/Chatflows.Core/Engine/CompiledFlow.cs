using Chatflows.Core.Flows;

namespace Chatflows.Core.Engine;

/// <summary>
/// A published flow made ready to run: actions looked up in the catalogue and settings read once, so a
/// turn does no JSON work. The module keeps one per published version.
/// </summary>
public sealed class CompiledFlow
{
    private readonly Dictionary<string, CompiledAction> _actions;

    internal CompiledFlow(Chatflow flow, Dictionary<string, CompiledAction> actions, string chatName)
    {
        Flow = flow;
        _actions = actions;
        ChatName = chatName;
    }

    public Chatflow Flow { get; }

    /// <summary>The name the bot speaks as (<c>{{ chat.name }}</c>).</summary>
    public string ChatName { get; }

    internal CompiledAction? Find(string? id) => id is null ? null : _actions.GetValueOrDefault(id);
}

internal sealed record CompiledAction(FlowAction Action, IBotAction Bot, object Settings);
