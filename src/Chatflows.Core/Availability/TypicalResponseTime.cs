namespace Chatflows.Core.Availability;

/// <summary>How quickly the team usually answers, shown to visitors while the team is available (W6).</summary>
public enum TypicalResponseTime
{
    /// <summary>Show no response time.</summary>
    None,
    FewMinutes,
    WithinAnHour,
    FewHours,
    WithinADay,
}
