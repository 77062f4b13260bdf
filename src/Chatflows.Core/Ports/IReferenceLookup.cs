using Chatflows.Core.References;

namespace Chatflows.Core.Ports;

/// <summary>
/// Whether the users, teams, meeting types, ticket pipelines and statuses, knowledge bases, contact
/// properties and surveys a chatflow names still exist (B2, C3, C4, O9). Core has no database: the module implements it.
/// </summary>
public interface IReferenceLookup
{
    /// <param name="within">For <see cref="ReferenceKind.TicketStatus"/>: the pipeline's id, or null for the default pipeline.</param>
    ValueTask<bool> ExistsAsync(ReferenceKind kind, string id, string? within, CancellationToken cancellationToken);
}
