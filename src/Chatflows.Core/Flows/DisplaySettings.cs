using System.Text.Json.Serialization;

namespace Chatflows.Core.Flows;

/// <summary>When and how the widget appears on a page (D2–D4, O5). The default shows the launcher at once.</summary>
public sealed record DisplaySettings
{
    /// <summary>What desktop visitors see (D2). Default <see cref="DisplayBehavior.LauncherThenWelcome"/>.</summary>
    public DisplayBehavior DesktopBehavior { get; init; } = DisplayBehavior.LauncherThenWelcome;

    /// <summary>What mobile visitors see (D3); one of the first two behaviours. Default <see cref="DisplayBehavior.LauncherThenWelcome"/>.</summary>
    public DisplayBehavior MobileBehavior { get; init; } = DisplayBehavior.LauncherThenWelcome;

    /// <summary>
    /// What makes the behaviour happen (D4): any of exit intent, time on page and share scrolled, and the
    /// first to fire wins. Default empty: immediately. <see cref="DisplayTrigger.None"/> is never kept here.
    /// </summary>
    public IReadOnlyList<DisplayTrigger> Triggers { get; init; } = [];

    /// <summary>Seconds on the page before <see cref="DisplayTrigger.TimeOnPage"/> fires, 1 to 600. Default 10.</summary>
    public int Seconds { get; init; } = 10;

    /// <summary>Share of the page scrolled before <see cref="DisplayTrigger.ScrollPercentage"/> fires, 1 to 100. Default 50.</summary>
    public int Percent { get; init; } = 50;

    /// <summary>Show the welcome quick replies under the welcome bubble, outside the chat window (D2). Default false.</summary>
    public bool ShowQuickRepliesOutside { get; init; }

    /// <summary>Show the widget only while the team is available (O5). Default false: always.</summary>
    public bool ShowOnlyWhenAvailable { get; init; }

    /// <summary>The chat heading for this chatflow (D1); null keeps the channel's heading (W2).</summary>
    public string? HeadingName { get; init; }

    /// <summary>The avatar for this chatflow (D1): a path on this site or an https address; null keeps the channel's.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>True when <paramref name="trigger"/> is one of <see cref="Triggers"/>.</summary>
    public bool Has(DisplayTrigger trigger) => Triggers.Contains(trigger);

    // Documents saved before several triggers could be on hold one "trigger"; it is read into the list
    // and never written, so the next save stores the new shape (versions and recipes keep loading).
    [JsonInclude]
    [JsonPropertyName("trigger")]
    private DisplayTrigger? LegacyTrigger
    {
        get => null;
        init => Triggers = value is { } single && single != DisplayTrigger.None ? [single] : [];
    }
}
