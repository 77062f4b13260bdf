using Chatflows.Channel;
using Chatflows.Core.Channel;
using Chatflows.Core.References;
using Chatflows.Storage;
using Chatflows.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.PickLists;

/// <summary>
/// The lists editors pick ids from (B2, C3, C4, P3, O9): chatflows, users, teams, meeting types, ticket pipelines,
/// knowledge bases, contact properties and surveys. One query service for the builder, the ticket pages and the inbox, so no
/// page asks the database itself and every picker lists the same things.
/// </summary>
public sealed class PickListQueries(ChatflowsDbContext db, TicketPipelines pipelines, ChannelSettingsStore channel)
{
    public async Task<IReadOnlyList<UserOption>> UsersAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new UserOption(u.Id, u.DisplayName, u.Email, u.DeactivatedUtc == null)).ToListAsync(cancellationToken);

    /// <summary>Every chatflow by name, drafts too: what the inbox, analytics and surveys narrow their lists by.</summary>
    public async Task<IReadOnlyList<PickOption>> ChatflowsAsync(CancellationToken cancellationToken) =>
        await db.Chatflows.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id).Select(c => new PickOption(c.Id, c.Name, null)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PickOption>> TeamsAsync(CancellationToken cancellationToken) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new PickOption(t.Id, t.Name, null)).ToListAsync(cancellationToken);

    /// <summary>Meeting types with their host's name as the hint; ids are numbers, picked as text because settings store text.</summary>
    public async Task<IReadOnlyList<PickOption>> MeetingTypesAsync(CancellationToken cancellationToken)
    {
        var types = await (
            from t in db.MeetingTypes.AsNoTracking()
            join u in db.Users on t.HostUserId equals u.Id into hosts
            from host in hosts.DefaultIfEmpty()
            orderby t.Name
            select new { t.Id, t.Name, Host = host == null ? null : host.DisplayName }).ToListAsync(cancellationToken);
        return [.. types.Select(t => new PickOption(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Name, t.Host))];
    }

    public Task<IReadOnlyList<TicketPipeline>> PipelinesAsync(CancellationToken cancellationToken) => pipelines.ListAsync(cancellationToken);

    /// <summary>The survey library (O9), with each survey's scale as the hint.</summary>
    public async Task<IReadOnlyList<PickOption>> SurveysAsync(CancellationToken cancellationToken) =>
        [.. (await db.Surveys.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.Scale }).ToListAsync(cancellationToken))
            .Select(s => new PickOption(s.Id, s.Name, s.Scale == Core.Flows.SurveyScale.Thumbs ? "thumbs" : "1 to 5 stars"))];

    public async Task<IReadOnlyList<PickOption>> KnowledgeBasesAsync(CancellationToken cancellationToken) =>
        await db.KnowledgeBases.AsNoTracking().OrderBy(k => k.Name).Select(k => new PickOption(k.Id, k.Name, null)).ToListAsync(cancellationToken);

    /// <summary>Knowledge bases with their language (when they have one) in the hint, for pickers that show no ids.</summary>
    public async Task<IReadOnlyList<PickOption>> KnowledgeBasesByLanguageAsync(CancellationToken cancellationToken) =>
        await db.KnowledgeBases.AsNoTracking().OrderBy(k => k.Name).Select(k => new PickOption(k.Id, k.Name, k.Language)).ToListAsync(cancellationToken);

    /// <summary>All lists for the builder: active users only, as a deactivated account takes no chats or meetings.</summary>
    public async Task<PickListSet> AllAsync(CancellationToken cancellationToken)
    {
        var pipelines = await PipelinesAsync(cancellationToken);
        return new PickListSet(new Dictionary<ReferenceKind, IReadOnlyList<PickOption>>
        {
            [ReferenceKind.User] = [.. (await UsersAsync(cancellationToken)).Where(u => u.Active).Select(u => new PickOption(u.Id, u.Name, u.Email))],
            [ReferenceKind.Team] = await TeamsAsync(cancellationToken),
            [ReferenceKind.MeetingType] = await MeetingTypesAsync(cancellationToken),
            [ReferenceKind.TicketPipeline] = [.. pipelines.Select(p => new PickOption(p.Id, p.Name))],
            [ReferenceKind.TicketStatus] = [.. pipelines.SelectMany(p => p.Statuses.Select(s => new PickOption(s.Id, s.Name, p.Name)))],
            [ReferenceKind.KnowledgeBase] = await KnowledgeBasesAsync(cancellationToken),
            [ReferenceKind.ContactProperty] = [.. (await ContactPropertiesAsync(cancellationToken)).Select(p => new PickOption(p.Name, p.Label))],
            [ReferenceKind.Survey] = await SurveysAsync(cancellationToken),
        });
    }

    public async Task<IReadOnlyList<ContactPropertyDefinition>> ContactPropertiesAsync(CancellationToken cancellationToken) =>
        (await channel.GetAsync(cancellationToken)).Settings.ContactProperties;
}
