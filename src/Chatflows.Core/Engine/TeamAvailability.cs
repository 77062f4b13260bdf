namespace Chatflows.Core.Engine;

/// <summary>The team's availability as the visitor sees it (W5–W7); branches can test it (B3).</summary>
public enum TeamAvailability
{
    Available,
    Away,
    Offline,
    AtCapacity,
}
