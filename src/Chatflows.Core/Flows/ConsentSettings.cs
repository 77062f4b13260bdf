namespace Chatflows.Core.Flows;

/// <summary>Cookie and data-processing consent asked by this chatflow's widget (O6, O7).</summary>
public sealed record ConsentSettings
{
    /// <summary>Consent for chat cookies (O6). Default on, asked before the chat starts.</summary>
    public CookieConsentSettings CookieConsent { get; init; } = new();

    /// <summary>Consent for processing what the visitor types (O7). Default on, explicit.</summary>
    public DataProcessingSettings DataProcessing { get; init; } = new();
}
