using Chatflows.Flows;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>What the shared header of a chatflow's pages shows (status, switch, publish, tabs).</summary>
/// <param name="Tab">The current tab: build, target, display, options, translations, history, or empty for none.</param>
public sealed record ChatflowHeader(string Id, string Name, bool Published, bool UnpublishedChanges, bool Enabled, int Version, string Tab)
{
    public static ChatflowHeader For(ChatflowDraft chatflow, string tab) => new(
        chatflow.Id, chatflow.Name, chatflow.Published, chatflow.UnpublishedChanges, chatflow.Enabled, chatflow.PublishedVersion, tab);

    /// <summary>The tabs in order: (route segment, label).</summary>
    public static IReadOnlyList<(string Segment, string Label)> Tabs { get; } =
        [("build", "Build"), ("target", "Target"), ("display", "Display"), ("options", "Options"), ("translations", "Translations"), ("history", "History")];
}
