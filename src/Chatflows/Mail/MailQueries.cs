using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>What the admin's mail page reads: the outbox by status, the counts, the settings, the teams.</summary>
public sealed class MailQueries(ChatflowsDbContext db, MailSettingsStore settings)
{
    public const int PageSize = 50;

    public async Task<IReadOnlyList<MailOutboxRow>> OutboxAsync(string? status, CancellationToken cancellationToken)
    {
        var query = db.MailOutbox.AsNoTracking();
        if (status is not null && MailStatuses.All.Contains(status))
        {
            query = query.Where(m => m.Status == status);
        }

        return await query.OrderByDescending(m => m.Id).Take(PageSize)
            .Select(m => new MailOutboxRow(m.Id, m.Kind, m.ToAddress, m.Subject, m.Status, m.Attempts, m.CreatedUtc, m.NextAttemptUtc, m.SentUtc, m.LastError))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken) =>
        await db.MailOutbox.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public Task<MailSettings> SettingsAsync(CancellationToken cancellationToken) => settings.GetAsync(cancellationToken);

    public async Task<IReadOnlyList<(string Id, string Name)>> TeamsAsync(CancellationToken cancellationToken) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).Select(t => (t.Id, t.Name)).ToList();
}
