using System.Text.Json;
using Chatflows.Core.Actions;
using Chatflows.Core.Flows;

namespace Chatflows.Core.Tests.Flows;

/// <summary>
/// Builds chatflow documents the way the builder saves them: settings are the actions' own records,
/// serialised with <see cref="FlowJson.Options"/>, so a test reads like the flow it describes.
/// </summary>
public static class TestFlow
{
    /// <summary>A valid flow without a welcome message, starting at the first action.</summary>
    public static Chatflow Create(params FlowAction[] actions) => new()
    {
        Id = "test-flow",
        Name = "Test flow",
        Actions = actions,
    };

    public static FlowAction Action(string id, string type, object settings, string? next = null, params Branch[] branches) => new()
    {
        Id = id,
        Type = type,
        Settings = JsonSerializer.SerializeToNode(settings, settings.GetType(), FlowJson.Options)!.AsObject(),
        Next = next,
        Branches = branches,
    };

    public static FlowAction Say(string id, string text, string? next = null, params Branch[] branches) =>
        Action(id, "sendMessage", new SendMessageSettings(text), next, branches);

    public static FlowAction Ask(string id, AskQuestionSettings settings, string? next = null, params Branch[] branches) =>
        Action(id, "askQuestion", settings, next, branches);

    public static FlowAction Ask(string id, string text, string? next = null, params Branch[] branches) =>
        Ask(id, new AskQuestionSettings { Text = text }, next, branches);

    public static Branch If(ConditionSource source, ConditionOperator op, string? value, string goTo, string? property = null) =>
        new(new Condition { Source = source, Operator = op, Value = value, Property = property }, goTo);

    public static Branch IfAnswer(ConditionOperator op, string? value, string goTo) => If(ConditionSource.Answer, op, value, goTo);

    public static Branch IfOutcome(string outcome, string goTo) => If(ConditionSource.Outcome, ConditionOperator.Equals, outcome, goTo);
}
