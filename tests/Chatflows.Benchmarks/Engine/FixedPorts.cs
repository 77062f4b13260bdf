using Chatflows.Core.Engine;
using Chatflows.Core.Ports;
using NodaTime;

namespace Chatflows.Benchmarks.Engine;

/// <summary>Ports that answer from fixed data without I/O, so a benchmark measures the engine alone.</summary>
internal sealed class FixedPorts : IKnowledgeSearch, ITeamRoster, IMeetingScheduler
{
    private static readonly IReadOnlyList<KnowledgeArticleHit> Hits =
        [new("export-invoices", "Export your invoices", "Go to Invoices and choose Export…", "/help/export-invoices")];

    private static readonly IReadOnlyList<TeamMember> Team = [new("u1", "Sanne", IsAgent: true, IsAvailable: true, OpenChats: 0, Capacity: 3)];

    public ValueTask<IReadOnlyList<KnowledgeArticleHit>> SearchAsync(string? knowledgeBaseId, string language, string query, int maxResults, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Hits);

    public ValueTask<bool> HasArticlesAsync(string? knowledgeBaseId, string language, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask<IReadOnlyList<TeamMember>> GetMembersAsync(string? teamId, CancellationToken cancellationToken) => ValueTask.FromResult(Team);

    public ValueTask<IReadOnlyList<MeetingSlot>> GetSlotsAsync(MeetingTarget target, Instant from, int maxSlots, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<MeetingSlot>>([]);

    public ValueTask<BookMeeting?> PrepareAsync(MeetingTarget target, MeetingSlot slot, string name, string email, CancellationToken cancellationToken) =>
        ValueTask.FromResult<BookMeeting?>(null);
}
