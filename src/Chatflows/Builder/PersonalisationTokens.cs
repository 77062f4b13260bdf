using Chatflows.Core.Flows;

namespace Chatflows.Builder;

/// <summary>
/// What the token picker offers (B7): the contact and company basics, the chat's name, and the
/// variables this flow's own actions fill — so an editor picks a token instead of guessing its spelling.
/// </summary>
public static class PersonalisationTokens
{
    private static readonly PersonalisationToken[] Basics =
    [
        new("{{ contact.firstname | default: \"there\" }}", "Visitor's first name, or \"there\""),
        new("{{ contact.lastname }}", "Visitor's last name"),
        new("{{ contact.email }}", "Visitor's e-mail address"),
        new("{{ company.name }}", "Visitor's company"),
        new("{{ chat.name }}", "The chat's heading name"),
    ];

    // Variables the built-in actions set when they run.
    private static readonly Dictionary<string, string[]> ActionVariables = new(StringComparer.Ordinal)
    {
        ["bookMeeting"] = ["meeting_with", "meeting_time", "meeting_reference"],
        ["createTicket"] = ["ticket_reference"],
        ["sendToTeamMember"] = ["agent_name"],
    };

    public static IReadOnlyList<PersonalisationToken> For(Chatflow flow)
    {
        List<PersonalisationToken> tokens = [.. Basics];
        var seen = new HashSet<string>(tokens.Select(t => t.Liquid), StringComparer.Ordinal);
        foreach (var action in flow.Actions)
        {
            if (action.Type == "askQuestion")
            {
                var name = Text(action, "saveAs") is { Length: > 0 } saveAs ? saveAs : action.Id;
                Add($"vars.{name}", $"Answer to '{action.Id}'");
                if (Text(action, "contactProperty") is { Length: > 0 } property)
                {
                    Add($"contact.{property}", $"Contact property set by '{action.Id}'");
                }
            }

            if (action.Type == "setContactProperty" && Text(action, "property") is { Length: > 0 } contactProperty)
            {
                Add($"contact.{contactProperty}", $"Contact property set by '{action.Id}'");
            }

            foreach (var variable in ActionVariables.GetValueOrDefault(action.Type) ?? [])
            {
                Add($"vars.{variable}", $"Set by '{action.Id}'");
            }
        }

        return tokens;

        static string? Text(FlowAction action, string key) =>
            action.Settings[key] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

        void Add(string path, string description)
        {
            // Only names Liquid can read as a plain member path; anything else would make a broken token.
            if (path.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-') && seen.Add($"{{{{ {path} }}}}"))
            {
                tokens.Add(new PersonalisationToken($"{{{{ {path} }}}}", description));
            }
        }
    }
}
