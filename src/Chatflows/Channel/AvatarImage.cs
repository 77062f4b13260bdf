using Chatflows.Core.Text;
using Chatflows.Core.Validation;

namespace Chatflows.Channel;

/// <summary>
/// Recognises an avatar upload by its first bytes (W2): PNG, JPEG, WebP or GIF. SVG is refused on
/// purpose — it can carry script — and the browser's claimed content type is never trusted.
/// </summary>
public static class AvatarImage
{
    /// <summary>Large enough for a crisp avatar, small enough to sit in a database row and every widget's first paint.</summary>
    public const int MaxBytes = 512 * 1024;

    /// <summary>
    /// What an upload form takes before <see cref="Check"/> answers in an editor's words: a larger body is
    /// refused by the server, a file up to here is read and judged by <see cref="Check"/>.
    /// </summary>
    public const int MaxUploadBytes = 4 * 1024 * 1024;

    /// <summary>The uploaded file's bytes for <see cref="Check"/>; none for a missing, empty or oversized file.</summary>
    public static async Task<byte[]> ReadAsync(Microsoft.AspNetCore.Http.IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 and <= MaxUploadBytes })
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>
    /// The one check for every avatar upload, the channel's and each chatflow's: the format sniffed from
    /// <paramref name="content"/>, or why it is refused, by key (the words are in the texts files).
    /// </summary>
    public static ((string ContentType, string Extension)? Format, TextMessage? Error) Check(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return (null, ValidationTexts.AvatarMissing());
        }

        if (content.Length > MaxBytes)
        {
            return (null, ValidationTexts.AvatarTooLarge(content.Length / 1024, MaxBytes / 1024));
        }

        return Sniff(content) is { } format
            ? (format, null)
            : (null, ValidationTexts.AvatarFormat());
    }

    /// <summary>The content type and file extension of <paramref name="bytes"/>, or null when it is none of the accepted formats.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("image/png", "png");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ("image/jpeg", "jpg");
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return ("image/gif", "gif");
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ("image/webp", "webp");
        }

        return null;
    }
}
