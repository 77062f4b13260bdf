using System.Text.Json;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>Reads and saves the mail settings document (one row).</summary>
public sealed class MailSettingsStore(ChatflowsDbContext db, TimeProvider time)
{
    public Task<MailSettings> GetAsync(CancellationToken cancellationToken) => ReadAsync(db, cancellationToken);

    /// <summary>The settings as <paramref name="db"/> sees them: inside a writer's transaction, from its own context.</summary>
    public static async Task<MailSettings> ReadAsync(ChatflowsDbContext db, CancellationToken cancellationToken)
    {
        var json = await db.MailSettings.AsNoTracking().Where(s => s.Id == MailSettingsRecord.SingletonId).Select(s => s.Json).SingleOrDefaultAsync(cancellationToken);
        return json is null ? new MailSettings() : JsonSerializer.Deserialize<MailSettings>(json, JsonSerializerOptions.Web) ?? new MailSettings();
    }

    public async Task SaveAsync(MailSettings settings, CancellationToken cancellationToken)
    {
        var record = await db.MailSettings.SingleOrDefaultAsync(s => s.Id == MailSettingsRecord.SingletonId, cancellationToken);
        if (record is null)
        {
            record = new MailSettingsRecord();
            db.MailSettings.Add(record);
        }

        record.Json = JsonSerializer.Serialize(settings, JsonSerializerOptions.Web);
        record.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
