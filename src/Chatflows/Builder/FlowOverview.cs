using System.Globalization;
using Chatflows.Core.Flows;

namespace Chatflows.Builder;

/// <summary>
/// Lays out the overview graph (B5) on the server, so it needs no script: actions in rows by their
/// distance from the welcome message, arrows for "next" and for each branch, loops drawn around the side.
/// Unreachable actions sit in a last row, where the warnings point at them.
/// </summary>
public static class FlowOverview
{
    private const double ColumnGap = 40;
    private const double RowGap = 70;
    private const double Margin = 20;
    private const int MaxTextLength = 28;

    public static OverviewLayout Layout(Chatflow flow, IReadOnlySet<string> warned)
    {
        var depth = Depths(flow);
        var unreachableRow = depth.Count == 0 ? 1 : depth.Values.Max() + 1;
        var rows = flow.Actions.DistinctBy(a => a.Id)
            .GroupBy(a => depth.TryGetValue(a.Id, out var d) ? d : unreachableRow)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.ToList());
        var widest = Math.Max(1, rows.Values.Select(r => r.Count).DefaultIfEmpty(1).Max());
        var width = Margin * 2 + widest * OverviewLayout.NodeWidth + (widest - 1) * ColumnGap + 60;

        List<OverviewNode> nodes = [new(null, "Welcome message", Shorten(flow.WelcomeMessage), Center(width, 1, 0), Margin, false)];
        var position = new Dictionary<string, OverviewNode>(StringComparer.Ordinal);
        foreach (var (row, actions) in rows)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                var action = actions[i];
                var node = new OverviewNode(action.Id, action.Id, action.Type, Center(width, actions.Count, i), Margin + row * (OverviewLayout.NodeHeight + RowGap),
                    warned.Contains(action.Id));
                nodes.Add(node);
                position[action.Id] = node;
            }
        }

        List<OverviewEdge> edges = [];
        if (flow.EffectiveStartActionId is { } start && position.TryGetValue(start, out var first))
        {
            edges.Add(Edge(nodes[0], first, null, false));
        }

        foreach (var action in flow.Actions.DistinctBy(a => a.Id))
        {
            var from = position[action.Id];
            foreach (var branch in action.Branches)
            {
                if (position.TryGetValue(branch.GoTo, out var to))
                {
                    edges.Add(Edge(from, to, Shorten(Describe(branch.When)), true));
                }
            }

            if (action.Next is { } next && position.TryGetValue(next, out var after))
            {
                edges.Add(Edge(from, after, action.Branches.Count > 0 ? "otherwise" : null, false));
            }
        }

        var bottom = nodes.Max(n => n.Y) + OverviewLayout.NodeHeight + Margin;
        return new OverviewLayout(width, bottom, nodes, edges);
    }

    /// <summary>How a condition reads in a label, e.g. <c>answer = yes</c>.</summary>
    public static string Describe(Condition condition)
    {
        var subject = condition.Source switch
        {
            ConditionSource.ContactProperty => $"contact.{condition.Property}",
            ConditionSource.Variable => $"vars.{condition.Property}",
            ConditionSource.Availability => "availability",
            ConditionSource.Outcome => "outcome",
            _ => "answer",
        };
        var op = condition.Operator switch
        {
            ConditionOperator.Equals => "=",
            ConditionOperator.NotEquals => "≠",
            ConditionOperator.Contains => "contains",
            ConditionOperator.DoesNotContain => "lacks",
            ConditionOperator.IsOneOf => "in",
            ConditionOperator.IsEmpty => "is empty",
            ConditionOperator.IsNotEmpty => "is set",
            ConditionOperator.GreaterThan => ">",
            ConditionOperator.GreaterThanOrEqual => "≥",
            ConditionOperator.LessThan => "<",
            _ => "≤",
        };
        var value = condition.Operator switch
        {
            ConditionOperator.IsEmpty or ConditionOperator.IsNotEmpty => "",
            ConditionOperator.IsOneOf => " " + string.Join("/", condition.Values),
            _ => " " + condition.Value,
        };
        return $"{subject} {op}{value}";
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // Shortest distance from the start (breadth first), so the main path reads top to bottom.
    private static Dictionary<string, int> Depths(Chatflow flow)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        if (flow.EffectiveStartActionId is { } start && flow.FindAction(start) is not null)
        {
            depth[start] = 1;
            queue.Enqueue(start);
        }

        while (queue.TryDequeue(out var id))
        {
            var action = flow.FindAction(id)!;
            foreach (var target in action.Branches.Select(b => b.GoTo).Append(action.Next).OfType<string>())
            {
                if (flow.FindAction(target) is not null && depth.TryAdd(target, depth[id] + 1))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return depth;
    }

    private static double Center(double width, int count, int index)
    {
        var rowWidth = count * OverviewLayout.NodeWidth + (count - 1) * ColumnGap;
        return (width - rowWidth) / 2 + index * (OverviewLayout.NodeWidth + ColumnGap);
    }

    private static OverviewEdge Edge(OverviewNode from, OverviewNode to, string? label, bool isBranch)
    {
        var x1 = from.X + OverviewLayout.NodeWidth / 2;
        var y1 = from.Y + OverviewLayout.NodeHeight;
        var x2 = to.X + OverviewLayout.NodeWidth / 2;
        var y2 = to.Y;
        if (to.Y > from.Y)
        {
            var middle = (y1 + y2) / 2;
            var path = $"M{Number(x1)},{Number(y1)} C{Number(x1)},{Number(middle)} {Number(x2)},{Number(middle)} {Number(x2)},{Number(y2 - 4)}";
            return new OverviewEdge(path, label, (x1 + x2) / 2, middle - 4, isBranch);
        }

        // Back or sideways: leave from the right side and come round into the target's right side.
        var sx = from.X + OverviewLayout.NodeWidth;
        var sy = from.Y + OverviewLayout.NodeHeight / 2;
        var tx = to.X + OverviewLayout.NodeWidth;
        var ty = to.Y + OverviewLayout.NodeHeight / 2;
        var bulge = Math.Max(sx, tx) + 40;
        var loop = $"M{Number(sx)},{Number(sy)} C{Number(bulge)},{Number(sy)} {Number(bulge)},{Number(ty)} {Number(tx + 4)},{Number(ty)}";
        return new OverviewEdge(loop, label, bulge - 10, (sy + ty) / 2, isBranch);
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxTextLength ? line : line[..(MaxTextLength - 1)] + "…";
    }
}
