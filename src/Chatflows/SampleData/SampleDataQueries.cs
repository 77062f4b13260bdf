using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.SampleData;

/// <summary>Whether the site still shows sample data, and how much, for the notice on the dashboard and the removal page.</summary>
public sealed class SampleDataQueries(ChatflowsDbContext db)
{
    /// <summary>The number of sample conversations still stored; zero once removed (or never seeded).</summary>
    public Task<int> CountConversationsAsync(CancellationToken cancellationToken) =>
        db.SampleData.CountAsync(s => s.Kind == SampleDataKinds.Conversation, cancellationToken);
}
