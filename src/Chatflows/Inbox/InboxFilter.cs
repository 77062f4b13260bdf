namespace Chatflows.Inbox;

/// <summary>
/// What the conversations list shows: a view (open, mine, unassigned, closed) narrowed by chatflow, channel
/// (where the chatflow sends its conversations: the inbox or the help desk), status and words.
/// </summary>
public sealed record InboxFilter(string View = InboxViews.Open, string? ChatflowId = null, string? Status = null, string? Search = null, string? Channel = null);
