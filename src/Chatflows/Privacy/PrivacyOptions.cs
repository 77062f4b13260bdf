namespace Chatflows.Privacy;

/// <summary>How the retention job runs (<c>Chatflows:Privacy</c>); what it keeps is set on the Contacts › Retention page.</summary>
public sealed class PrivacyOptions
{
    /// <summary>How often the retention job looks for data past its time. Default one hour.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most conversations one run erases, so a first run on a large site does not hold the database for long. Default 1,000.</summary>
    public int RetentionBatchSize { get; set; } = 1000;
}
