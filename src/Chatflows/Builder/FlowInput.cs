namespace Chatflows.Builder;

/// <summary>
/// The builder's form (B1–B4): the parts of a chatflow the builder edits, as typed. Everything else in
/// the draft (targeting, display, options) is kept from the stored draft when saving.
/// </summary>
public sealed class FlowInput
{
    /// <summary>The draft version the editor started from; a save against another version is a conflict.</summary>
    public Guid Version { get; set; }

    public string WelcomeMessage { get; set; } = "";

    /// <summary>The first action's id; empty means the first in the list.</summary>
    public string Start { get; set; } = "";

    public List<ActionInput> Actions { get; set; } = [];

    public ActionInput? Find(string? id) => Actions.FirstOrDefault(a => a.Id == id);
}
