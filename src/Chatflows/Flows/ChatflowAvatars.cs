using System.Security.Cryptography;
using Chatflows.Channel;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>
/// A chatflow's own avatar (D1), uploaded on its Display tab with the channel's checks. The upload points
/// the draft at the image, saved against the version the editor opened like any other draft edit, so
/// the widget shows it once the chatflow is published. Only this chatflow's images are ever cleaned up.
/// </summary>
public sealed class ChatflowAvatars(ChatflowsDbContext db, ChatflowStore store, TimeProvider time)
{
    public const string PathPrefix = "/chatflows/chatflow/avatar/";

    public async Task<AvatarUpload> UploadAsync(string chatflowId, byte[] content, Guid expectedVersion, string? editor, CancellationToken cancellationToken)
    {
        var (format, error) = AvatarImage.Check(content);
        if (format is not { } sniffed)
        {
            return new(null, new Core.Validation.FieldError("avatar", error!));
        }

        var (contentType, extension) = sniffed;
        var id = Convert.ToHexStringLower(SHA256.HashData(content))[..32];
        var url = $"{PathPrefix}{id}.{extension}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await SaveAvatarUrlAsync(chatflowId, url, expectedVersion, editor, cancellationToken);
        if (saved is not null)
        {
            return saved;
        }

        if (!await db.ChatflowAvatars.AnyAsync(a => a.ChatflowId == chatflowId && a.Id == id, cancellationToken))
        {
            db.ChatflowAvatars.Add(new ChatflowAvatarRecord
            {
                ChatflowId = chatflowId, Id = id, ContentType = contentType, Content = content, UploadedUtc = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await DropUnusedAsync(chatflowId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(url, null);
    }

    /// <summary>Back to the channel's avatar in the draft; the image stays while a published version still shows it.</summary>
    public async Task<AvatarUpload> RemoveAsync(string chatflowId, Guid expectedVersion, string? editor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await SaveAvatarUrlAsync(chatflowId, null, expectedVersion, editor, cancellationToken) is { } failed)
        {
            return failed;
        }

        await DropUnusedAsync(chatflowId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new("", null);
    }

    /// <summary>The stored avatar named <c>{id}.{ext}</c>, whichever chatflow holds it (the bytes are the same), or null.</summary>
    public Task<ChatflowAvatarRecord?> FindAsync(string file, CancellationToken cancellationToken)
    {
        var id = file.Split('.')[0];
        return id.Length == 32 && id.All(char.IsAsciiHexDigitLower)
            ? db.ChatflowAvatars.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            : Task.FromResult<ChatflowAvatarRecord?>(null);
    }

    private async Task<AvatarUpload?> SaveAvatarUrlAsync(string chatflowId, string? url, Guid expectedVersion, string? editor, CancellationToken cancellationToken)
    {
        if (await store.GetDraftAsync(chatflowId, cancellationToken) is not { } draft)
        {
            return new(null, new Core.Validation.FieldError("", Core.Validation.ValidationTexts.ChatflowMissing(chatflowId)));
        }

        var updated = draft.Draft with { Display = draft.Draft.Display with { AvatarUrl = url } };
        var saved = await store.SaveDraftAsync(updated, expectedVersion, editor, cancellationToken);
        return saved.Succeeded
            ? null
            : new(null, saved.Errors.Count > 0 ? saved.Errors[0] : new Core.Validation.FieldError("", Core.Validation.ValidationTexts.NotSaved()), saved.IsConflict);
    }

    // Images neither the draft nor any published version names would only grow the database.
    private async Task DropUnusedAsync(string chatflowId, CancellationToken cancellationToken)
    {
        var documents = await db.ChatflowVersions.Where(v => v.ChatflowId == chatflowId).Select(v => v.Json).ToListAsync(cancellationToken);
        documents.AddRange(await db.Chatflows.Where(c => c.Id == chatflowId).Select(c => c.DraftJson).ToListAsync(cancellationToken));
        var stored = await db.ChatflowAvatars.Where(a => a.ChatflowId == chatflowId).Select(a => a.Id).ToListAsync(cancellationToken);
        var unused = stored.Where(id => !documents.Any(d => d.Contains(id, StringComparison.Ordinal))).ToList();
        if (unused.Count > 0)
        {
            await db.ChatflowAvatars.Where(a => a.ChatflowId == chatflowId && unused.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
