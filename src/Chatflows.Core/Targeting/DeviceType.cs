namespace Chatflows.Core.Targeting;

/// <summary>The two device classes the widget behaves differently on (D2, D3); the caller decides where tablets go.</summary>
public enum DeviceType
{
    Desktop,
    Mobile,
}
