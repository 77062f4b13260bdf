namespace Chatflows.Areas.Admin.Pages.Channel;

/// <summary>One office-hours range as typed, <c>HH:mm</c> to <c>HH:mm</c>.</summary>
public sealed class RangeInput
{
    public string? Start { get; set; }

    public string? End { get; set; }
}
