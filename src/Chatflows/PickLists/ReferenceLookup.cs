using System.Globalization;
using Chatflows.Core.Channel;
using Chatflows.Core.Ports;
using Chatflows.Core.References;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.PickLists;

/// <summary>
/// Core's <see cref="IReferenceLookup"/> over the database. Scoped, on the caller's context, so a recipe that
/// creates a team and publishes a chatflow naming it in one transaction sees its own team.
/// </summary>
public sealed class ReferenceLookup(ChatflowsDbContext db, PickListQueries lists) : IReferenceLookup
{
    private IReadOnlyList<TicketPipeline>? _pipelines;
    private IReadOnlyList<ContactPropertyDefinition>? _properties;

    public async ValueTask<bool> ExistsAsync(ReferenceKind kind, string id, string? within, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case ReferenceKind.User:
                // A deactivated account gets no chats or meetings (someone left): as good as gone for a chatflow.
                return await db.Users.AnyAsync(u => u.Id == id && u.DeactivatedUtc == null, cancellationToken);
            case ReferenceKind.Team:
                return await db.Teams.AnyAsync(t => t.Id == id, cancellationToken);
            case ReferenceKind.MeetingType:
                return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var typeId)
                    && await db.MeetingTypes.AnyAsync(t => t.Id == typeId, cancellationToken);
            case ReferenceKind.KnowledgeBase:
                return await db.KnowledgeBases.AnyAsync(k => k.Id == id, cancellationToken);
            case ReferenceKind.TicketPipeline:
                return (await PipelinesAsync(cancellationToken)).Any(p => p.Id == id);
            case ReferenceKind.TicketStatus:
                var pipelines = await PipelinesAsync(cancellationToken);
                var pipeline = within is null ? pipelines[0] : pipelines.FirstOrDefault(p => p.Id == within);
                // A missing pipeline is its own finding; its statuses are not reported a second time.
                return pipeline is null || pipeline.FindStatus(id) is not null;
            case ReferenceKind.Survey:
                return await db.Surveys.AnyAsync(s => s.Id == id, cancellationToken);
            case ReferenceKind.ContactProperty:
                _properties ??= await lists.ContactPropertiesAsync(cancellationToken);
                return _properties.Any(p => p.Name == id);
            default:
                return false;
        }
    }

    private async Task<IReadOnlyList<TicketPipeline>> PipelinesAsync(CancellationToken cancellationToken) =>
        _pipelines ??= await lists.PipelinesAsync(cancellationToken);
}
