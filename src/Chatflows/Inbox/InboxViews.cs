namespace Chatflows.Inbox;

/// <summary>The inbox's tabs.</summary>
public static class InboxViews
{
    public const string Open = "open";
    public const string Mine = "mine";
    public const string Unassigned = "unassigned";
    public const string Closed = "closed";

    public static IReadOnlyList<string> All { get; } = [Open, Mine, Unassigned, Closed];
}
