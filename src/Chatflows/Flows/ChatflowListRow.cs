namespace Chatflows.Flows;

/// <summary>One line of the chatflow list.</summary>
public sealed record ChatflowListRow(
    string Id, string Name, string Language, string Binding, bool Enabled, bool Published, bool HasUnpublishedChanges,
    DateTime? PublishedUtc, string? PublishedBy, int ConversationsLastWeek, int Priority);
