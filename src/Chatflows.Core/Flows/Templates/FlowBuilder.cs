using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chatflows.Core.Actions;

namespace Chatflows.Core.Flows.Templates;

/// <summary>
/// Shorthands for the templates' actions and branches, so each template reads as the flow it builds.
/// Settings go through the actions' own settings records and <see cref="FlowJson.Options"/>, so a
/// template saves exactly the JSON the builder would.
/// </summary>
internal static class FlowBuilder
{
    public static FlowAction Message(string id, string text, string next, params Branch[] branches) =>
        Action(id, "sendMessage", new SendMessageSettings(text), next, branches);

    public static FlowAction Ask(string id, AskQuestionSettings settings, string? next, params Branch[] branches) =>
        Action(id, "askQuestion", settings, next, branches);

    public static FlowAction SetContactProperty(string id, string property, string value, string? next, params Branch[] branches) =>
        Action(id, "setContactProperty", new SetPropertySettings(property, value), next, branches);

    /// <remarks>
    /// Core must not reference the knowledge-base project (layering), so these settings are written in
    /// the JSON shape of its <c>SearchKnowledgeSettings</c>; the template tests run them through the real action.
    /// </remarks>
    public static FlowAction SearchKnowledge(string id, string prompt, string foundMessage, string notFoundMessage, string next, params Branch[] branches) =>
        new()
        {
            Id = id,
            Type = "searchKnowledgeBase",
            Settings = new JsonObject { ["prompt"] = prompt, ["foundMessage"] = foundMessage, ["notFoundMessage"] = notFoundMessage },
            Next = next,
            Branches = branches,
        };

    /// <summary>Books with the chosen person, or else round robin in the hand-off team.</summary>
    public static FlowAction BookMeeting(
        string id, TemplateParameters parameters, string intro, string noSlotsMessage, string confirmation, string next, params Branch[] branches) =>
        Action(id, "bookMeeting", new BookMeetingSettings(
            UserId: parameters.MeetingUserId,
            TeamId: parameters.MeetingUserId is null ? parameters.HandOffTeamId : null,
            Intro: intro,
            NoSlotsMessage: noSlotsMessage,
            Confirmation: confirmation), next, branches);

    public static FlowAction CreateTicket(string id, string subject, string description, string confirmation) =>
        Action(id, "createTicket", new CreateTicketSettings(subject, description, confirmation), next: null, []);

    /// <summary>A hand-off stops the bot, so only <c>Unavailable</c> ever routes on; the template branches on it.</summary>
    public static FlowAction SendToTeam(string id, string? teamId, string message, string? unavailableMessage, Branch unavailable) =>
        Action(id, "sendToTeam", new SendToTeamSettings(teamId, message, unavailableMessage), next: null, [unavailable]);

    public static FlowAction End(string id, string message) =>
        Action(id, "endConversation", new EndConversationSettings(message), next: null, []);

    /// <summary>Quick replies carry language-neutral values, so branches hold when an editor translates the labels.</summary>
    public static Branch WhenAnswer(string value, string goTo) =>
        new(new Condition { Source = ConditionSource.Answer, Value = value }, goTo);

    public static Branch WhenOutcome(string outcome, string goTo) =>
        new(new Condition { Source = ConditionSource.Outcome, Value = outcome }, goTo);

    public static Branch WhenAvailability(string availability, string goTo) =>
        new(new Condition { Source = ConditionSource.Availability, Value = availability }, goTo);

    public static Branch WhenVariableAtLeast(string variable, int number, string goTo) =>
        new(new Condition
        {
            Source = ConditionSource.Variable,
            Property = variable,
            Operator = ConditionOperator.GreaterThanOrEqual,
            Value = number.ToString(CultureInfo.InvariantCulture),
        }, goTo);

    /// <summary>Skips a question whose answer is already known about the contact.</summary>
    public static Branch WhenContactHas(string property, string goTo) =>
        new(new Condition { Source = ConditionSource.ContactProperty, Property = property, Operator = ConditionOperator.IsNotEmpty }, goTo);

    private static FlowAction Action<TSettings>(string id, string type, TSettings settings, string? next, Branch[] branches) =>
        new()
        {
            Id = id,
            Type = type,
            Settings = JsonSerializer.SerializeToNode(settings, FlowJson.Options)!.AsObject(),
            Next = next,
            Branches = branches,
        };
}
