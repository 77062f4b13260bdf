using Chatflows.Core.Engine;

namespace Chatflows.Core.Tests.TestActions;

/// <summary>A different action that claims <see cref="EchoAction"/>'s catalogue name: saved flows could not tell them apart.</summary>
public sealed class ImpostorEchoAction : BotAction<EchoSettings>
{
    public override string Name => "echo";

    public override string Category => "Tests";

    public override IReadOnlyList<string> Outcomes { get; } = ["Done"];

    protected override ValueTask<ActionResult> ExecuteAsync(ActionContext context, EchoSettings settings, CancellationToken cancellationToken) =>
        Outcome("Done");
}
