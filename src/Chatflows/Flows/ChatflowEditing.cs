using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>
/// What an editor does to a chatflow as a whole from the admin (C1, P1, #8 item 7): create, duplicate,
/// publish, switch, roll back and delete, each written to the audit log under the editor's name.
/// </summary>
public sealed class ChatflowEditing(ChatflowsDbContext db, ChatflowStore store, ChatflowIds ids, AuditLog audit)
{
    /// <summary>Stores <paramref name="flow"/> as a new draft under a fresh id made from its name.</summary>
    public async Task<(SaveResult Result, string Id)> CreateAsync(Chatflow flow, Editor editor, CancellationToken cancellationToken)
    {
        var id = await ids.NewAsync(flow.Name, cancellationToken);
        var result = await store.CreateOrReplaceAsync(flow with { Id = id }, editor.Name, cancellationToken);
        if (result.Succeeded)
        {
            var detail = flow.Template is null ? "From scratch" : $"From the {flow.Template} template";
            await audit.RecordAsync(editor, AuditActions.Created, id, flow.Name, detail, cancellationToken);
        }

        return (result, id);
    }

    /// <summary>A copy of the draft, switched off and unpublished, named "Copy of …".</summary>
    public async Task<string?> DuplicateAsync(string id, Editor editor, CancellationToken cancellationToken)
    {
        if (await store.GetDraftAsync(id, cancellationToken) is not { } draft)
        {
            return null;
        }

        var name = $"Copy of {draft.Draft.Name}";
        var copy = draft.Draft with { Name = name.Length > 100 ? name[..100] : name };
        var newId = await ids.NewAsync(copy.Name, cancellationToken);
        var result = await store.CreateOrReplaceAsync(copy with { Id = newId }, editor.Name, cancellationToken);
        if (!result.Succeeded)
        {
            return null;
        }

        await audit.RecordAsync(editor, AuditActions.Duplicated, newId, copy.Name, $"Copied from {draft.Draft.Name} ({id})", cancellationToken);
        return newId;
    }

    public async Task<PublishResult> PublishAsync(string id, Editor editor, CancellationToken cancellationToken)
    {
        var result = await store.PublishAsync(id, editor.Name, note: null, cancellationToken);
        if (result.Published)
        {
            await audit.RecordAsync(editor, AuditActions.Published, id, await NameAsync(id, cancellationToken), $"Version {result.Version}", cancellationToken);
        }

        return result;
    }

    /// <summary>The on/off switch (P1); false when the chatflow is missing or was never published.</summary>
    public async Task<bool> SwitchAsync(string id, bool enabled, Editor editor, CancellationToken cancellationToken)
    {
        if (!await store.SetEnabledAsync(id, enabled, cancellationToken))
        {
            return false;
        }

        await audit.RecordAsync(editor, enabled ? AuditActions.SwitchedOn : AuditActions.SwitchedOff, id, await NameAsync(id, cancellationToken), null, cancellationToken);
        return true;
    }

    /// <summary>
    /// Priority among chatflows matching the same page (T6). A column, not part of the document: ordering
    /// is about all chatflows together, so it takes effect at once, without publishing.
    /// </summary>
    public async Task<bool> SetPriorityAsync(string id, int priority, Editor editor, CancellationToken cancellationToken)
    {
        var record = await db.Chatflows.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return false;
        }

        var before = record.Priority;
        record.Priority = priority;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(editor, AuditActions.Prioritised, id, record.Name, $"Priority {before} → {priority}", cancellationToken);
        return true;
    }

    /// <summary>
    /// Rollback is a new publication of an old document: it becomes the draft and is published as the next
    /// version, so history only grows and conversations on the version in between keep their version number.
    /// </summary>
    public async Task<PublishResult> RollBackAsync(string id, int version, Editor editor, CancellationToken cancellationToken)
    {
        var old = await db.ChatflowVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ChatflowId == id && v.Version == version, cancellationToken);
        var current = await store.FindAsync(id, cancellationToken);
        if (old is null || current is null)
        {
            return PublishResult.NotFound;
        }

        var saved = await store.SaveDraftAsync(FlowJson.Deserialize(old.Json) with { Id = id }, current.DraftVersion, editor.Name, cancellationToken);
        if (!saved.Succeeded)
        {
            return new PublishResult(false, [.. saved.Errors.Select(e => new FlowFinding(null, FindingSeverity.Error, "flow.rollback", e.Message, e.Field))], current.PublishedVersion);
        }

        var result = await store.PublishAsync(id, editor.Name, $"Rolled back to version {version}", cancellationToken);
        if (result.Published)
        {
            await audit.RecordAsync(editor, AuditActions.RolledBack, id, current.Name, $"To version {version}, published as version {result.Version}", cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Deletes a chatflow nobody has talked to. Once visitors have conversations with it, it is refused:
    /// the inbox, tickets and analytics read conversations with their chatflow, so the editor switches
    /// it off instead. Preview conversations (B6) and its own avatars (D1) go with it.
    /// </summary>
    public async Task<DeleteOutcome> DeleteAsync(string id, Editor editor, CancellationToken cancellationToken)
    {
        var record = await db.Chatflows.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return DeleteOutcome.NotFound;
        }

        if (await db.Conversations.AnyAsync(c => c.ChatflowId == id && !c.IsPreview, cancellationToken))
        {
            return DeleteOutcome.HasConversations;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Conversations.Where(c => c.ChatflowId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ChatflowVersions.Where(v => v.ChatflowId == id).ExecuteDeleteAsync(cancellationToken);
        await db.ChatflowAvatars.Where(a => a.ChatflowId == id).ExecuteDeleteAsync(cancellationToken);
        db.Chatflows.Remove(record);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(editor, AuditActions.Deleted, id, record.Name, null, cancellationToken);
        return DeleteOutcome.Deleted;
    }

    private async Task<string> NameAsync(string id, CancellationToken cancellationToken) =>
        await db.Chatflows.Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) ?? id;
}
