using Chatflows.Storage;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>What the shared header of a chatflow's pages shows (status, switch, publish, tabs).</summary>
/// <param name="Tab">The current tab: build, target, display, options, history, or empty for none.</param>
public sealed record ChatflowHeader(string Id, string Name, bool Published, bool UnpublishedChanges, bool Enabled, int Version, string Tab)
{
    public static ChatflowHeader For(ChatflowRecord record, string tab) => new(
        record.Id, record.Name, record.PublishedJson is not null,
        record.PublishedJson is not null && record.PublishedJson != record.DraftJson, record.Enabled, record.PublishedVersion, tab);

    /// <summary>The tabs in order: (route segment, label).</summary>
    public static IReadOnlyList<(string Segment, string Label)> Tabs { get; } =
        [("build", "Build"), ("target", "Target"), ("display", "Display"), ("options", "Options"), ("history", "History")];
}
