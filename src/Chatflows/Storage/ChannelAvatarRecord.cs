namespace Chatflows.Storage;

/// <summary>
/// The chat heading's avatar image (W2), kept in the database so every node serves the same file
/// without shared storage. Only the current one is kept; its id is a hash of the bytes, so its URL
/// changes with the image and can be cached for a year.
/// </summary>
public sealed class ChannelAvatarRecord
{
    /// <summary>First 32 hex digits of the SHA-256 of <see cref="Content"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary>image/png, image/jpeg, image/webp or image/gif: what the bytes are, never what the upload claimed.</summary>
    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedUtc { get; set; }
}
