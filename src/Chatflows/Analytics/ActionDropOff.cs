namespace Chatflows.Analytics;

/// <summary>How far conversations got at one action of a chatflow (P4 drop-off).</summary>
/// <param name="Label">The action's own text (question, message) or its id; typed by an editor, so encode it wherever it is shown.</param>
/// <param name="Reached">Conversations that reached the action at least once.</param>
/// <param name="Left">Conversations for which it was the last action reached and that neither completed nor were handed off.</param>
/// <param name="Removed">The action is no longer in the chatflow, but conversations in the range reached it.</param>
public sealed record ActionDropOff(string ActionId, string Type, string Label, long Reached, long Left, bool Removed = false)
{
    /// <summary>Share of the conversations that reached the action and left there, 0–1.</summary>
    public double LeftShare => Reached == 0 ? 0 : (double)Left / Reached;
}
