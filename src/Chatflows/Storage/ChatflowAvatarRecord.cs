namespace Chatflows.Storage;

/// <summary>
/// A chatflow's own avatar (D1), kept apart from the channel's so that neither one's upload or removal
/// can touch the other's. A chatflow keeps the images its draft or any published version names, so
/// publishing and rolling back never point the widget at a missing file; deleting the chatflow drops them.
/// </summary>
public sealed class ChatflowAvatarRecord
{
    public string ChatflowId { get; set; } = "";

    /// <summary>First 32 hex digits of the SHA-256 of <see cref="Content"/>, as in <see cref="ChannelAvatarRecord.Id"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary>What the bytes are, never what the upload claimed.</summary>
    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedUtc { get; set; }
}
