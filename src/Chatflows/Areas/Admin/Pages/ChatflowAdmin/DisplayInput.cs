using Chatflows.Core.Flows;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>The Display tab's form (D1–D4). Names mirror <see cref="DisplaySettings"/>, so validator fields land next to their inputs.</summary>
public sealed class DisplayInput
{
    public string? HeadingName { get; set; }

    public string? AvatarUrl { get; set; }

    public DisplayBehavior DesktopBehavior { get; set; }

    public DisplayBehavior MobileBehavior { get; set; }

    /// <summary>The ticked triggers (D4); none ticked is at once.</summary>
    public List<DisplayTrigger> Triggers { get; set; } = [];

    public int Seconds { get; set; } = 10;

    public int Percent { get; set; } = 50;

    public bool ShowQuickRepliesOutside { get; set; }

    /// <summary>The welcome message's quick replies, one label per line.</summary>
    public string? QuickReplies { get; set; }

    public static DisplayInput From(Chatflow flow) => new()
    {
        HeadingName = flow.Display.HeadingName,
        AvatarUrl = flow.Display.AvatarUrl,
        DesktopBehavior = flow.Display.DesktopBehavior,
        MobileBehavior = flow.Display.MobileBehavior,
        Triggers = [.. flow.Display.Triggers],
        Seconds = flow.Display.Seconds,
        Percent = flow.Display.Percent,
        ShowQuickRepliesOutside = flow.Display.ShowQuickRepliesOutside,
        QuickReplies = string.Join('\n', flow.WelcomeQuickReplies.Select(q => q.Label)),
    };

    /// <summary>The quick-reply labels typed, trimmed, blank lines dropped.</summary>
    public IReadOnlyList<string> Labels() =>
        [.. (QuickReplies ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public Chatflow ApplyTo(Chatflow flow)
    {
        // A label kept from before keeps its value, so branches testing the value still hold.
        var values = flow.WelcomeQuickReplies.GroupBy(q => q.Label).ToDictionary(g => g.Key, g => g.First().Value);
        return flow with
        {
            Display = flow.Display with
            {
                HeadingName = string.IsNullOrWhiteSpace(HeadingName) ? null : HeadingName.Trim(),
                AvatarUrl = string.IsNullOrWhiteSpace(AvatarUrl) ? null : AvatarUrl.Trim(),
                DesktopBehavior = DesktopBehavior,
                MobileBehavior = MobileBehavior,
                Triggers = [.. Triggers.Distinct()],
                Seconds = Seconds,
                Percent = Percent,
                ShowQuickRepliesOutside = ShowQuickRepliesOutside,
            },
            WelcomeQuickReplies = [.. Labels().Select(l => new QuickReply(l, values.GetValueOrDefault(l)))],
        };
    }
}
