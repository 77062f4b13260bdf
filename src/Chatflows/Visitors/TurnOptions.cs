namespace Chatflows.Visitors;

/// <summary>Bound from <c>Chatflows:Turns</c>: how a visitor turn runs before it is stored.</summary>
public sealed class TurnOptions
{
    /// <summary>
    /// Longest time the engine may take for one visitor message, its actions' I/O (webhooks, meeting times,
    /// knowledge search) included. Past it the message is not stored and the visitor is asked to send it again.
    /// Default 30 seconds; between 1 and 300.
    /// </summary>
    public int BudgetSeconds { get; set; } = 30;
}
