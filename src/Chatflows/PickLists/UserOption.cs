namespace Chatflows.PickLists;

/// <summary>A user as pickers list them: tickets' assignees, the inbox's new ticket, the builder's hand-off and meeting host.</summary>
/// <param name="Active">False once an administrator deactivated the account: it keeps its name on old records but gets no new work.</param>
public sealed record UserOption(string Id, string Name, string? Email, bool Active = true);
