using System.Text.Json;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>
/// Creates, saves, publishes and switches chatflows (C1, P1), for the admin and recipes alike. Drafts
/// may be unfinished; publishing validates and copies the draft, so visitors never see a half-edit.
/// </summary>
public sealed class ChatflowStore(ChatflowsDbContext db, FlowValidator validator, TimeProvider time, ChatflowChanges changes, Core.References.ReferenceCheck references)
{
    /// <summary>Who publishes when no editor does (recipes, start-up).</summary>
    public const string SystemName = "System";

    public Task<List<ChatflowRecord>> ListAsync(CancellationToken cancellationToken) =>
        db.Chatflows.AsNoTracking().OrderBy(c => c.Priority).ThenBy(c => c.CreatedUtc).ToListAsync(cancellationToken);

    public Task<ChatflowRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.Chatflows.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>The draft document and the version to send back when saving it.</summary>
    public async Task<(Chatflow Draft, Guid Version)?> GetDraftAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } record ? (FlowJson.Deserialize(record.DraftJson), record.DraftVersion) : null;

    /// <summary>Adds a new chatflow as a draft, or replaces the draft of the one with that id (recipes are idempotent).</summary>
    public Task<SaveResult> CreateOrReplaceAsync(Chatflow flow, CancellationToken cancellationToken) =>
        CreateOrReplaceAsync(flow, savedBy: null, cancellationToken);

    /// <summary>Adds or replaces as <paramref name="savedBy"/>.</summary>
    public async Task<SaveResult> CreateOrReplaceAsync(Chatflow flow, string? savedBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var record = await db.Chatflows.SingleOrDefaultAsync(c => c.Id == flow.Id, cancellationToken);
        if (record is null)
        {
            var priority = await db.Chatflows.Select(c => (int?)c.Priority).MaxAsync(cancellationToken) ?? 0;
            record = new ChatflowRecord { Id = flow.Id, CreatedUtc = now, Priority = priority + 10 };
            db.Chatflows.Add(record);
        }

        record.UpdatedBy = savedBy;
        return await WriteDraftAsync(record, flow, now, cancellationToken);
    }

    /// <summary>Saves the draft when <paramref name="expectedVersion"/> is current; otherwise a conflict (two editors).</summary>
    public Task<SaveResult> SaveDraftAsync(Chatflow flow, Guid expectedVersion, CancellationToken cancellationToken) =>
        SaveDraftAsync(flow, expectedVersion, savedBy: null, cancellationToken);

    /// <summary>Saves the draft as <paramref name="savedBy"/>, so a later conflict can say who changed it.</summary>
    public async Task<SaveResult> SaveDraftAsync(Chatflow flow, Guid expectedVersion, string? savedBy, CancellationToken cancellationToken)
    {
        var record = await db.Chatflows.SingleOrDefaultAsync(c => c.Id == flow.Id, cancellationToken);
        if (record is null)
        {
            return SaveResult.Invalid([new("id", $"There is no chatflow '{flow.Id}'.")]);
        }

        if (record.DraftVersion != expectedVersion)
        {
            return SaveResult.Conflict;
        }

        record.UpdatedBy = savedBy;
        return await WriteDraftAsync(record, flow, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>Publishes the draft if it has no errors; returns the findings (warnings do not block).</summary>
    public Task<PublishResult> PublishAsync(string id, CancellationToken cancellationToken) =>
        PublishAsync(id, SystemName, note: null, cancellationToken);

    /// <summary>
    /// Publishes as <paramref name="publishedBy"/> and keeps the publication as a version (P1): the History
    /// tab diffs and rolls back versions, so each one is stored whole, in the same save as the publish.
    /// </summary>
    public async Task<PublishResult> PublishAsync(string id, string publishedBy, string? note, CancellationToken cancellationToken)
    {
        var record = await db.Chatflows.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return PublishResult.NotFound;
        }

        var draft = FlowJson.Deserialize(record.DraftJson);
        // Ids of teams, users, meeting types and ticket statuses that were deleted since the draft named them refuse the publish too.
        IReadOnlyList<FlowFinding> findings = [.. validator.ValidateForPublish(draft), .. await references.CheckAsync(draft, forPublish: true, cancellationToken)];
        if (findings.Any(f => f.Severity == FindingSeverity.Error))
        {
            return new PublishResult(false, findings, record.PublishedVersion);
        }

        record.PublishedJson = record.DraftJson;
        record.PublishedVersion++;
        record.PublishedUtc = time.GetUtcNow().UtcDateTime;
        record.PublishedBy = publishedBy;
        db.ChatflowVersions.Add(new ChatflowVersionRecord
        {
            ChatflowId = record.Id, Version = record.PublishedVersion, Json = record.DraftJson,
            PublishedBy = publishedBy, PublishedUtc = record.PublishedUtc.Value, Note = note,
        });
        await db.SaveChangesAsync(cancellationToken);
        changes.Changed();
        return new PublishResult(true, findings, record.PublishedVersion);
    }

    /// <summary>The on/off switch (P1). A chatflow never published cannot be switched on.</summary>
    public async Task<bool> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        var record = await db.Chatflows.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null || (enabled && record.PublishedJson is null))
        {
            return false;
        }

        record.Enabled = enabled;
        record.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        changes.Changed();
        return true;
    }

    private async Task<SaveResult> WriteDraftAsync(ChatflowRecord record, Chatflow flow, DateTime now, CancellationToken cancellationToken)
    {
        // A draft may be unfinished, but not unsafe or unaddressable: bad ids and targeting patterns are refused at save (T1).
        var structural = validator.Validate(flow).Where(f => f.Code is "flow.id" or "flow.name" or "flow.language" or "targeting.rule" or "translation.language").ToList();
        if (structural.Count > 0)
        {
            return SaveResult.Invalid([.. structural.Select(f => new Core.Validation.FieldError(f.Field ?? "", f.Message) { Text = f.Text })]);
        }

        record.Name = flow.Name;
        record.Language = flow.Language;
        record.Binding = JsonNamingPolicy.CamelCase.ConvertName(flow.Binding.ToString());
        record.DraftJson = FlowJson.Serialize(flow);
        record.DraftVersion = Guid.NewGuid();
        record.UpdatedUtc = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict;
        }

        return SaveResult.Saved(record.DraftVersion);
    }
}
