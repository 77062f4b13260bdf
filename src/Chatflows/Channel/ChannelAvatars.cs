using System.Security.Cryptography;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Channel;

/// <summary>
/// Stores the channel's avatar (W2) and points the channel settings at it, in one step: the settings'
/// version guards it like any other channel edit, so two editors cannot cross uploads unnoticed.
/// </summary>
public sealed class ChannelAvatars(ChatflowsDbContext db, ChannelSettingsStore channel, TimeProvider time)
{
    public const string PathPrefix = "/chatflows/channel/avatar/";

    public async Task<AvatarUpload> UploadAsync(byte[] content, Guid expectedVersion, CancellationToken cancellationToken)
    {
        var (format, error) = AvatarImage.Check(content);
        if (format is not { } sniffed)
        {
            return new(null, new Core.Validation.FieldError("avatar", error!));
        }

        var id = Convert.ToHexStringLower(SHA256.HashData(content))[..32];
        var current = await channel.GetAsync(cancellationToken);
        var (contentType, extension) = sniffed;
        var url = $"{PathPrefix}{id}.{extension}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await channel.SaveAsync(current.Settings with { AvatarUrl = url }, expectedVersion, cancellationToken);
        if (!saved.Succeeded)
        {
            return new(null, saved.Errors.Count > 0 ? saved.Errors[0] : new Core.Validation.FieldError("", Core.Validation.ValidationTexts.NotSaved()), saved.IsConflict);
        }

        // Only the current avatar is kept: old ones would only grow the database.
        await db.ChannelAvatars.Where(a => a.Id != id).ExecuteDeleteAsync(cancellationToken);
        if (!await db.ChannelAvatars.AnyAsync(a => a.Id == id, cancellationToken))
        {
            db.ChannelAvatars.Add(new ChannelAvatarRecord { Id = id, ContentType = contentType, Content = content, UploadedUtc = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(url, null);
    }

    /// <summary>Back to initials: the setting is cleared and the stored image removed.</summary>
    public async Task<AvatarUpload> RemoveAsync(Guid expectedVersion, CancellationToken cancellationToken)
    {
        var current = await channel.GetAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await channel.SaveAsync(current.Settings with { AvatarUrl = "" }, expectedVersion, cancellationToken);
        if (!saved.Succeeded)
        {
            return new(null, saved.Errors.Count > 0 ? saved.Errors[0] : new Core.Validation.FieldError("", Core.Validation.ValidationTexts.NotSaved()), saved.IsConflict);
        }

        await db.ChannelAvatars.ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new("", null);
    }

    /// <summary>The stored avatar named <c>{id}.{ext}</c>, or null.</summary>
    public Task<ChannelAvatarRecord?> FindAsync(string file, CancellationToken cancellationToken)
    {
        var id = file.Split('.')[0];
        return id.Length == 32 && id.All(char.IsAsciiHexDigitLower)
            ? db.ChannelAvatars.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            : Task.FromResult<ChannelAvatarRecord?>(null);
    }
}
