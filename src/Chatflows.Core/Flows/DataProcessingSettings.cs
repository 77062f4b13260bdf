namespace Chatflows.Core.Flows;

/// <summary>The data-processing notice (O7).</summary>
public sealed record DataProcessingSettings
{
    /// <summary>Show the notice. Default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Explicit ("I agree" before sending) or legitimate interest (text only). Default <see cref="DataProcessingType.Explicit"/>.</summary>
    public DataProcessingType Type { get; init; } = DataProcessingType.Explicit;

    /// <summary>The notice; empty means the built-in text in the chatflow's language ("restore default").</summary>
    public string Text { get; init; } = "";

    /// <summary>Absolute http(s) address of the privacy policy, linked under the text; null for none.</summary>
    public string? PrivacyPolicyUrl { get; init; }
}
