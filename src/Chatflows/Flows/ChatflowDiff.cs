using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Chatflows.Core.Flows;

namespace Chatflows.Flows;

/// <summary>
/// A readable diff between two chatflow documents (#8 item 7): per field and per action, added, removed
/// or changed, instead of a raw JSON dump. Actions are matched by their stable id, so moving or editing
/// one action shows as a change to that action, not as a shifted list.
/// </summary>
public static partial class ChatflowDiff
{
    public static IReadOnlyList<FlowChange> Compare(Chatflow before, Chatflow after)
    {
        List<FlowChange> changes = [];
        var left = Document(before);
        var right = Document(after);
        Compare(Flatten(left), Flatten(right), Describe, changes);

        var oldActions = before.Actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var newActions = after.Actions.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var action in before.Actions.Where(a => !newActions.ContainsKey(a.Id)))
        {
            changes.Add(new FlowChange("Actions", action.Id, FlowChangeKind.Removed, action.Type, null));
        }

        foreach (var action in after.Actions)
        {
            if (!oldActions.TryGetValue(action.Id, out var old))
            {
                changes.Add(new FlowChange("Actions", action.Id, FlowChangeKind.Added, null, action.Type));
                continue;
            }

            Compare(Flatten(ActionNode(old)), Flatten(ActionNode(action)), path => ($"Action {action.Id}", Words(path)), changes);
        }

        return changes;
    }

    private static JsonObject Document(Chatflow flow)
    {
        var node = JsonSerializer.SerializeToNode(flow, FlowJson.Options)!.AsObject();
        node.Remove("actions");
        node.Remove("id");
        return node;
    }

    private static JsonObject ActionNode(FlowAction action)
    {
        var node = JsonSerializer.SerializeToNode(action, FlowJson.Options)!.AsObject();
        node.Remove("id");
        return node;
    }

    private static void Compare(
        Dictionary<string, string> before, Dictionary<string, string> after, Func<string, (string Area, string Subject)> describe, List<FlowChange> changes)
    {
        foreach (var (path, value) in before)
        {
            var (area, subject) = describe(path);
            if (!after.TryGetValue(path, out var now))
            {
                changes.Add(new FlowChange(area, subject, FlowChangeKind.Removed, value, null));
            }
            else if (now != value)
            {
                changes.Add(new FlowChange(area, subject, FlowChangeKind.Changed, value, now));
            }
        }

        foreach (var (path, value) in after.Where(p => !before.ContainsKey(p.Key)))
        {
            var (area, subject) = describe(path);
            changes.Add(new FlowChange(area, subject, FlowChangeKind.Added, null, value));
        }
    }

    private static Dictionary<string, string> Flatten(JsonNode node)
    {
        Dictionary<string, string> leaves = new(StringComparer.Ordinal);
        Walk(node, "", leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Walk(child, path.Length == 0 ? key : $"{path}.{key}", leaves);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", leaves);
                }

                break;
            case JsonValue value:
                leaves[path] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                break;
        }
    }

    private static (string Area, string Subject) Describe(string path) => AreaOf(path) switch
    {
        "General" => ("General", Words(path)),
        // L1: "translations.nl.actions.ask.text" → "nl: actions.ask.text", the key as the Translations tab and XLIFF name it.
        "Translations" when path.Split('.', 3) is [_, var language, var key] => ("Translations", $"{language}: {key}"),
        var area => (area, Words(path[(path.IndexOf('.') + 1)..])),
    };

    private static string AreaOf(string path) => path.Split('.', '[')[0] switch
    {
        "translations" => "Translations",
        "targeting" => "Target",
        "display" => "Display",
        "options" or "consent" => "Options",
        "knowledgeBase" or "tickets" => "Knowledge base and tickets",
        _ => "General",
    };

    // "consent.cookieConsent.text" → "cookie consent › text"; list positions count from 1 for people.
    private static string Words(string path) =>
        Index().Replace(CamelBoundary().Replace(path, "$1 $2").ToLowerInvariant().Replace(".", " › ", StringComparison.Ordinal),
            m => $" {int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}");

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();
}
