namespace Chatflows.Builder;

/// <summary>
/// The builder's one-click changes to the path (B2–B4). Each keeps the flow connected the way an editor
/// expects: an inserted step sits between its neighbours, a removed one is bridged over, a reconnected
/// one is spliced in after the step above it.
/// </summary>
public static class FlowEdits
{
    /// <summary>Inserts <paramref name="action"/> at <paramref name="position"/>, after the step above it and before what came next.</summary>
    public static void Insert(FlowInput flow, int position, ActionInput action)
    {
        position = Math.Clamp(position, 0, flow.Actions.Count);
        if (position == 0)
        {
            action.Next = flow.Start.Length > 0 ? flow.Start : flow.Actions.FirstOrDefault()?.Id ?? "";
            if (flow.Start.Length > 0)
            {
                flow.Start = action.Id;
            }
        }
        else
        {
            var above = flow.Actions[position - 1];
            action.Next = above.Next;
            above.Next = action.Id;
        }

        flow.Actions.Insert(position, action);
    }

    /// <summary>Removes the action; whatever led to it now leads to its next step, and branches to it go away.</summary>
    public static void Remove(FlowInput flow, string id)
    {
        if (flow.Find(id) is not { } action)
        {
            return;
        }

        var wasFirst = flow.Actions[0] == action;
        flow.Actions.Remove(action);
        foreach (var other in flow.Actions)
        {
            if (other.Next == id)
            {
                other.Next = action.Next == id ? "" : action.Next;
            }

            other.Branches.RemoveAll(b => b.GoTo == id);
        }

        if (flow.Start == id || (flow.Start.Length == 0 && wasFirst && action.Next.Length > 0 && flow.Find(action.Next) is not null))
        {
            // The start moves on to the removed step's next, not simply to whatever is now listed first.
            flow.Start = flow.Find(action.Next) is null ? "" : action.Next;
        }
    }

    /// <summary>
    /// Connects an unreachable action (B4): the step listed above it now goes to it, and it goes on to
    /// where that step went, so nothing that was connected gets cut off.
    /// </summary>
    public static void Reconnect(FlowInput flow, string id)
    {
        if (flow.Find(id) is not { } action)
        {
            return;
        }

        var index = flow.Actions.IndexOf(action);
        if (index == 0)
        {
            if (action.Next.Length == 0 && flow.Start.Length > 0 && flow.Start != id)
            {
                action.Next = flow.Start;
            }

            flow.Start = id;
            return;
        }

        var above = flow.Actions[index - 1];
        if (action.Next.Length == 0 && above.Next != id)
        {
            action.Next = above.Next;
        }

        above.Next = id;
    }

    /// <summary>Adds an "if the answer is … go to …" rule, aimed at the next listed action as a likely target.</summary>
    public static void AddBranch(FlowInput flow, string id)
    {
        if (flow.Find(id) is not { } action)
        {
            return;
        }

        var index = flow.Actions.IndexOf(action);
        var target = flow.Actions.Skip(index + 1).FirstOrDefault() ?? flow.Actions.FirstOrDefault(a => a != action);
        action.Branches.Add(new BranchInput { GoTo = target?.Id ?? "" });
    }

    public static void RemoveBranch(FlowInput flow, string id, int branch)
    {
        if (flow.Find(id) is { } action && branch >= 0 && branch < action.Branches.Count)
        {
            action.Branches.RemoveAt(branch);
        }
    }
}
