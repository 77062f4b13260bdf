using Chatflows.Builder;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;

namespace Chatflows.Tests.Admin;

public sealed class BuilderEditsTests
{
    [Fact]
    public void Insert_at_the_start_keeps_an_explicit_start_action_reachable()
    {
        var flow = Path("a", "b");
        flow.Start = "b";

        FlowEdits.Insert(flow, 0, new ActionInput { Id = "new", Type = "sendMessage" });

        Assert.Equal("new", flow.Start);
        Assert.Equal("b", flow.Find("new")!.Next);
    }

    [Fact]
    public void Remove_bridges_over_the_removed_action_and_drops_branches_to_it()
    {
        var flow = Path("a", "b", "c");
        flow.Actions[0].Branches.Add(new BranchInput { GoTo = "b" });

        FlowEdits.Remove(flow, "b");

        Assert.Equal("c", flow.Find("a")!.Next);
        Assert.Empty(flow.Find("a")!.Branches);
    }

    [Fact]
    public void Removing_the_first_action_moves_the_start_to_its_next()
    {
        var flow = Path("a", "b", "c");
        flow.Actions.Add(new ActionInput { Id = "loose", Type = "sendMessage" });
        (flow.Actions[0], flow.Actions[1]) = (flow.Actions[1], flow.Actions[0]);
        flow.Start = "a";

        FlowEdits.Remove(flow, "a");

        Assert.Equal("b", flow.Start);
    }

    [Fact]
    public void Reconnect_splices_the_action_in_after_the_one_above()
    {
        var flow = Path("a", "b");
        flow.Actions.Insert(1, new ActionInput { Id = "lost", Type = "sendMessage" });

        FlowEdits.Reconnect(flow, "lost");

        Assert.Equal("lost", flow.Find("a")!.Next);
        Assert.Equal("b", flow.Find("lost")!.Next);
    }

    [Fact]
    public void Settings_form_of_a_question_has_controls_by_kind()
    {
        var fields = ActionSettingsSchema.For(typeof(AskQuestionSettings)).ToDictionary(f => f.Name);

        Assert.Equal(SettingsFieldKind.LongText, fields["text"].Kind);
        Assert.True(fields["text"].Required);
        Assert.True(fields["text"].Liquid);
        Assert.Equal(SettingsFieldKind.Rows, fields["quickReplies"].Kind);
        Assert.Equal(["label", "value"], fields["quickReplies"].Columns!.Select(c => c.Name));
        Assert.Equal(SettingsFieldKind.Boolean, fields["allowFreeText"].Kind);
        Assert.Equal(SettingsFieldKind.Choice, fields["format"].Kind);
        Assert.Contains("email", fields["format"].Choices);
        Assert.Equal(SettingsFieldKind.Number, fields["min"].Kind);
        Assert.True(fields["min"].Nullable);
    }

    [Fact]
    public void Overview_puts_unreachable_actions_in_the_last_row_and_labels_branches()
    {
        var flow = new Chatflow
        {
            Id = "f", Name = "F", WelcomeMessage = "Hi",
            Actions =
            [
                new FlowAction { Id = "ask", Type = "askQuestion", Next = "end", Branches = [new Branch(new Condition { Value = "yes" }, "end")] },
                new FlowAction { Id = "end", Type = "endConversation" },
                new FlowAction { Id = "lost", Type = "sendMessage" },
            ],
        };

        var layout = FlowOverview.Layout(flow, new HashSet<string> { "lost" });
        var nodes = layout.Nodes.Where(n => n.Id is not null).ToDictionary(n => n.Id!);

        Assert.True(nodes["ask"].Y < nodes["end"].Y);
        Assert.True(nodes["end"].Y < nodes["lost"].Y);
        Assert.True(nodes["lost"].HasWarning);
        Assert.Contains(layout.Edges, e => e.IsBranch && e.Label == "answer = yes");
        Assert.Contains(layout.Edges, e => !e.IsBranch && e.Label == "otherwise");
    }

    private static FlowInput Path(params string[] ids)
    {
        var flow = new FlowInput();
        for (var i = 0; i < ids.Length; i++)
        {
            flow.Actions.Add(new ActionInput { Id = ids[i], Type = "sendMessage", Next = i + 1 < ids.Length ? ids[i + 1] : "" });
        }

        return flow;
    }
}
