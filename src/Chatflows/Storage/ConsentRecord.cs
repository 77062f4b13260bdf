namespace Chatflows.Storage;

/// <summary>A visitor's answer to a consent question (O6, O7), with the version of the text they saw.</summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }

    public string VisitorId { get; set; } = "";

    public string ChatflowId { get; set; } = "";

    /// <summary><c>cookies</c> or <c>dataProcessing</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Short hash of the texts shown (<c>chatflow.consent.version</c> of the widget config).</summary>
    public string Version { get; set; } = "";

    public bool Granted { get; set; }

    public DateTime RecordedUtc { get; set; }
}
