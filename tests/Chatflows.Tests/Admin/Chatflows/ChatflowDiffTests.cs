using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;
using Chatflows.Flows;
using static Chatflows.Tests.Infrastructure.FlowBuilding;

namespace Chatflows.Tests.Admin.Chatflows;

public sealed class ChatflowDiffTests
{
    private static readonly Chatflow Before = Flow("diff", "Hello",
        Action("ask", "sendMessage", new { text = "Old" }, next: "gone"),
        Action("gone", "endConversation", new { }));

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        var changes = ChatflowDiff.Compare(Before, Before with { });

        Assert.Empty(changes);
    }

    [Fact]
    public void Actions_are_matched_by_id_so_edits_show_per_action_and_setting()
    {
        var after = Before with
        {
            Actions = [Action("new-first", "sendMessage", new { text = "First" }, next: "ask"), Action("ask", "sendMessage", new { text = "New" })],
        };

        var changes = ChatflowDiff.Compare(Before, after);

        Assert.Contains(new FlowChange("Actions", "new-first", FlowChangeKind.Added, null, "sendMessage"), changes);
        Assert.Contains(new FlowChange("Actions", "gone", FlowChangeKind.Removed, "endConversation", null), changes);
        Assert.Contains(new FlowChange("Action ask", "settings › text", FlowChangeKind.Changed, "Old", "New"), changes);
        Assert.Contains(new FlowChange("Action ask", "next", FlowChangeKind.Removed, "gone", null), changes);
        Assert.Equal(4, changes.Count);
    }

    [Fact]
    public void Document_fields_are_grouped_by_tab_with_list_positions_counted_from_one()
    {
        var after = Before with
        {
            Name = "Renamed",
            Targeting = new TargetingRules { Groups = [new FilterGroup { Rules = [new TargetRule { Operator = TargetOperator.Is, Value = "/pricing" }] }] },
            Consent = new ConsentSettings { CookieConsent = new() { Text = "Cookies?" } },
        };

        var changes = ChatflowDiff.Compare(Before, after);

        Assert.Contains(new FlowChange("General", "name", FlowChangeKind.Changed, "Test diff", "Renamed"), changes);
        Assert.Contains(new FlowChange("Target", "groups 1 › rules 1 › value", FlowChangeKind.Added, null, "/pricing"), changes);
        Assert.Contains(new FlowChange("Options", "cookie consent › text", FlowChangeKind.Changed, "", "Cookies?"), changes);
    }
}
