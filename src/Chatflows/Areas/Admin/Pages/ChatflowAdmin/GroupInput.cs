namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>A filter group on the Target tab: all its rules must hold (T5).</summary>
public sealed class GroupInput
{
    public List<RuleInput> Rules { get; set; } = [];
}
