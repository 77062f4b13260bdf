using System.Text.Json.Nodes;
using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Targeting;

namespace Chatflows.Core.References;

/// <summary>
/// Every id a chatflow names: its actions' marked settings (<see cref="ReferenceAttribute"/>), its
/// knowledge base (C3), ticket pipeline and status (C4) and linked survey (O9), and the contact properties its branches and
/// visitor rules (T4) test. Used to check a publish and to find the chatflows a deletion would break.
/// </summary>
public static class FlowReferences
{
    public static IEnumerable<FlowReference> Of(Chatflow flow, ActionCatalog catalog)
    {
        if (flow.KnowledgeBase is { Enabled: true, KnowledgeBaseId: { Length: > 0 } knowledgeBase })
        {
            yield return new(null, "knowledgeBase.knowledgeBaseId", ReferenceKind.KnowledgeBase, knowledgeBase);
        }

        // O9: only a survey that is asked counts; a chatflow that asks none does not need its linked survey to exist.
        if (flow.Survey is { Enabled: true, SurveyId: { Length: > 0 } survey })
        {
            yield return new(null, "survey.surveyId", ReferenceKind.Survey, survey);
        }

        yield return new(null, "tickets.pipeline", ReferenceKind.TicketPipeline, flow.Tickets.Pipeline);
        yield return new(null, "tickets.status", ReferenceKind.TicketStatus, flow.Tickets.Status, flow.Tickets.Pipeline);
        foreach (var action in flow.Actions)
        {
            foreach (var reference in OfAction(flow, action, catalog))
            {
                yield return reference;
            }
        }

        var rules = flow.Targeting.Groups.SelectMany((g, i) => g.Rules.Select((r, j) => (Rule: r, Field: $"targeting.groups[{i}].rules[{j}].name")))
            .Concat(flow.Targeting.Exclusions.Select((r, j) => (Rule: r, Field: $"targeting.exclusions[{j}].name")));
        foreach (var (rule, field) in rules)
        {
            if (rule.Kind == TargetRuleKind.ContactProperty && rule.Name is { Length: > 0 } name)
            {
                yield return new(null, field, ReferenceKind.ContactProperty, name);
            }
        }
    }

    private static IEnumerable<FlowReference> OfAction(Chatflow flow, FlowAction action, ActionCatalog catalog)
    {
        if (catalog.Find(action.Type) is { } bot)
        {
            foreach (var field in ReferenceFields.For(bot.SettingsType))
            {
                if (Text(action.Settings, field.Name) is { } id)
                {
                    var within = field.Kind == ReferenceKind.TicketStatus
                        ? (field.Within is null ? null : Text(action.Settings, field.Within)) ?? flow.Tickets.Pipeline
                        : null;
                    yield return new(action.Id, field.Name, field.Kind, id, within);
                }
            }
        }

        for (var i = 0; i < action.Branches.Count; i++)
        {
            if (action.Branches[i].When is { Source: ConditionSource.ContactProperty, Property: { Length: > 0 } property })
            {
                yield return new(action.Id, $"branches[{i}]", ReferenceKind.ContactProperty, property);
            }
        }
    }

    private static string? Text(JsonObject settings, string name) =>
        settings[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text.Trim() : null;
}
