namespace Chatflows.Core.References;

/// <summary>One id a chatflow names, and where: an action's setting, or a flow-level field (<paramref name="ActionId"/> null).</summary>
/// <param name="Field">The setting's JSON name (e.g. <c>teamId</c>) or the flow field's path (e.g. <c>tickets.pipeline</c>).</param>
/// <param name="Within">For a ticket status, its pipeline's id; null means the default pipeline.</param>
public sealed record FlowReference(string? ActionId, string Field, ReferenceKind Kind, string Id, string? Within = null);
