using System.Text.Json;
using Chatflows.Core.Channel;
using Chatflows.Core.Validation;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Channel;

/// <summary>Reads and saves the channel settings document; used by the admin and by recipes alike.</summary>
public sealed class ChannelSettingsStore(ChatflowsDbContext db, TimeProvider time, Audit.AuditLog audit, Audit.AuditActor actor, Flows.ChatflowChanges changes)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The saved settings and their version, or the defaults (version empty) on a new site.</summary>
    public async Task<VersionedChannelSettings> GetAsync(CancellationToken cancellationToken)
    {
        var record = await db.ChannelSettings.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == ChannelSettingsRecord.SingletonId, cancellationToken);
        return record is null
            ? new(new ChannelSettings(), Guid.Empty)
            : new(JsonSerializer.Deserialize<ChannelSettings>(record.Json, Json) ?? new(), record.Version);
    }

    /// <summary>
    /// Saves when <paramref name="expectedVersion"/> is still current; otherwise reports a conflict so
    /// a second editor cannot silently overwrite the first. Pass <c>null</c> to overwrite on purpose (recipes).
    /// </summary>
    public async Task<SaveResult> SaveAsync(ChannelSettings settings, Guid? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var record = await db.ChannelSettings.SingleOrDefaultAsync(r => r.Id == ChannelSettingsRecord.SingletonId, cancellationToken);
        if (record is null)
        {
            record = new ChannelSettingsRecord();
            db.ChannelSettings.Add(record);
        }
        else if (expectedVersion is { } expected && record.Version != expected)
        {
            return SaveResult.Conflict;
        }

        record.Json = JsonSerializer.Serialize(settings, Json);
        record.Version = Guid.NewGuid();
        record.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict;
        }

        changes.Changed(); // turns read the channel settings from TurnInputs
        await audit.RecordAsync(actor.Current, Audit.AuditActions.ChannelChanged, Audit.AuditSubject.Channel, $"Heading {settings.HeadingName}.", cancellationToken);
        return SaveResult.Saved(record.Version);
    }
}
