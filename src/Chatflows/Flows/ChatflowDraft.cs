using Chatflows.Core.Flows;

namespace Chatflows.Flows;

/// <summary>A chatflow as its admin pages edit it: the draft document and what the header says about the published one.</summary>
/// <param name="DraftVersion">Sent back when saving, so two editors cannot silently overwrite each other.</param>
/// <param name="UnpublishedChanges">Published, and the draft differs from what visitors get.</param>
/// <param name="UpdatedBy">Who saved the draft last, so a conflict can say who changed it.</param>
public sealed record ChatflowDraft(
    string Id, string Name, Chatflow Draft, Guid DraftVersion, bool Published, bool UnpublishedChanges, bool Enabled,
    int PublishedVersion, int Priority, DateTime UpdatedUtc, string? UpdatedBy);
