namespace Chatflows.Core.Flows;

/// <summary>The flow as a graph: an edge from each action to its <c>next</c> and its branch targets.</summary>
internal static class FlowGraph
{
    public static IEnumerable<string> Targets(FlowAction action) =>
        action.Branches.Select(b => b.GoTo).Append(action.Next).OfType<string>();

    /// <summary>Actions no path from the start reaches, in builder order.</summary>
    public static List<string> FindUnreachable(Chatflow flow)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        if (flow.EffectiveStartActionId is { } start)
        {
            pending.Push(start);
        }

        while (pending.TryPop(out var id))
        {
            if (flow.FindAction(id) is { } action && reached.Add(id))
            {
                foreach (var target in Targets(action))
                {
                    pending.Push(target);
                }
            }
        }

        return [.. flow.Actions.Select(a => a.Id).Where(id => !reached.Contains(id)).Distinct()];
    }

    /// <summary>Loops (strongly connected parts, Tarjan) in which no action waits for the visitor: a turn would spin.</summary>
    public static List<List<string>> FindSilentCycles(Chatflow flow, Func<string, bool> waitsForVisitor)
    {
        var index = 0;
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var lowLinks = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        List<List<string>> cycles = [];

        void Visit(string id)
        {
            indexes[id] = lowLinks[id] = index++;
            stack.Push(id);
            onStack.Add(id);
            foreach (var target in Targets(flow.FindAction(id)!).Where(t => flow.FindAction(t) is not null))
            {
                if (!indexes.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    lowLinks[id] = Math.Min(lowLinks[id], lowLinks[target]);
                }
                else if (onStack.Contains(target))
                {
                    lowLinks[id] = Math.Min(lowLinks[id], targetIndex);
                }
            }

            if (lowLinks[id] != indexes[id])
            {
                return;
            }

            List<string> component = [];
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != id);

            var isLoop = component.Count > 1 || Targets(flow.FindAction(id)!).Contains(id);
            if (isLoop && !component.Any(waitsForVisitor))
            {
                component.Reverse();
                cycles.Add(component);
            }
        }

        foreach (var action in flow.Actions.Where(a => !indexes.ContainsKey(a.Id)).DistinctBy(a => a.Id))
        {
            Visit(action.Id);
        }

        return cycles;
    }
}
