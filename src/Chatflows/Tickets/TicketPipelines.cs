using System.Text.Json;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Tickets;

/// <summary>Reads and saves ticket pipelines; used by the admin, the tickets list and recipes alike.</summary>
public sealed class TicketPipelines(ChatflowsDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The pipelines in order; a site that never saved one has the default support pipeline.</summary>
    public async Task<IReadOnlyList<TicketPipeline>> ListAsync(CancellationToken cancellationToken)
    {
        var records = await db.TicketPipelines.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return records.Count == 0 ? [TicketPipeline.Default] : [.. records.Select(ToPipeline)];
    }

    public async Task<TicketPipeline?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// Creates or replaces the pipeline. A status that tickets are still in cannot be removed: the
    /// tickets would fall out of every board column.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> SaveAsync(TicketPipeline pipeline, CancellationToken cancellationToken)
    {
        pipeline = pipeline with
        {
            Name = pipeline.Name.Trim(),
            Statuses = [.. pipeline.Statuses.Select(s => s with { Name = s.Name.Trim() })],
        };
        var errors = pipeline.Validate().ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var kept = pipeline.Statuses.Select(s => s.Id).ToList();
        var stranded = await db.Tickets.Where(t => t.Pipeline == pipeline.Id && !kept.Contains(t.Status))
            .GroupBy(t => t.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        foreach (var group in stranded)
        {
            errors.Add(new("statuses", ValidationTexts.TicketsStranded(group.Count, group.Status)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await EnsureDefaultStoredAsync(cancellationToken);
        var record = await db.TicketPipelines.SingleOrDefaultAsync(r => r.Id == pipeline.Id, cancellationToken);
        if (record is null)
        {
            var last = await db.TicketPipelines.Select(r => (int?)r.Position).MaxAsync(cancellationToken) ?? -1;
            record = new TicketPipelineRecord { Id = pipeline.Id, Position = last + 1 };
            db.TicketPipelines.Add(record);
        }

        record.Name = pipeline.Name;
        record.StatusesJson = JsonSerializer.Serialize(pipeline.Statuses, Json);
        record.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    // Saving a second pipeline on a new site must not make the implicit default one disappear.
    private async Task EnsureDefaultStoredAsync(CancellationToken cancellationToken)
    {
        if (!await db.TicketPipelines.AnyAsync(cancellationToken))
        {
            var pipeline = TicketPipeline.Default;
            db.TicketPipelines.Add(new TicketPipelineRecord
            {
                Id = pipeline.Id, Name = pipeline.Name, Position = 0,
                StatusesJson = JsonSerializer.Serialize(pipeline.Statuses, Json), UpdatedUtc = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static TicketPipeline ToPipeline(TicketPipelineRecord record) =>
        new(record.Id, record.Name, JsonSerializer.Deserialize<List<TicketStatus>>(record.StatusesJson, Json) ?? []);
}
