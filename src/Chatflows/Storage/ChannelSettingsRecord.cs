namespace Chatflows.Storage;

/// <summary>The channel settings document, stored whole as JSON in a single row.</summary>
public sealed class ChannelSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Json { get; set; } = "{}";

    /// <summary>Changes on every save, so two editors cannot silently overwrite each other.</summary>
    public Guid Version { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
