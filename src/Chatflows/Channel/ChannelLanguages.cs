using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Channel;

/// <summary>
/// Which languages the channel's messages need (L1): the ones the site's chatflows have, drafts included, so a
/// language being translated can get its away message before the chatflow is published.
/// </summary>
public sealed class ChannelLanguages(ChatflowsDbContext db)
{
    public async Task<SiteLanguages> ReadAsync(CancellationToken cancellationToken)
    {
        // A site has a handful of chatflows: reading their drafts is cheaper than keeping a language list in step.
        var drafts = await db.Chatflows.AsNoTracking().Select(c => c.DraftJson).ToListAsync(cancellationToken);
        var flows = drafts.Select(FlowJson.Deserialize).ToList();
        var baseLanguage = flows.GroupBy(f => f.Language, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? Core.Text.TextCatalog.Fallback;
        return new SiteLanguages(baseLanguage,
            [.. flows.SelectMany(f => f.Languages).Where(l => l != baseLanguage).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }
}
