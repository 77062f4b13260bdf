namespace Chatflows.Core.Flows;

/// <summary>The legal basis of data processing (O7).</summary>
public enum DataProcessingType
{
    /// <summary>The visitor clicks "I agree" before the first message is sent.</summary>
    Explicit,

    /// <summary>The text is shown; no click needed.</summary>
    LegitimateInterest,
}
