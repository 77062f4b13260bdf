using Chatflows.PickLists;
using Chatflows.Tickets;

namespace Chatflows.Flows;

/// <summary>What the wizard's second step offers: the site's knowledge bases, teams, people and ticket pipelines.</summary>
/// <param name="KnowledgeBases">With each base's language as the hint.</param>
public sealed record ChatflowWizardChoices(
    IReadOnlyList<PickOption> KnowledgeBases, IReadOnlyList<PickOption> Teams, IReadOnlyList<UserOption> Users, IReadOnlyList<TicketPipeline> Pipelines);
