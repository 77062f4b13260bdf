namespace Chatflows.Storage;

/// <summary>The admin's mail settings document (<see cref="Mail.MailSettings"/>), stored whole as JSON in a single row.</summary>
public sealed class MailSettingsRecord
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Json { get; set; } = "{}";

    public DateTime UpdatedUtc { get; set; }
}
