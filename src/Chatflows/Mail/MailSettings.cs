using System.ComponentModel.DataAnnotations;

namespace Chatflows.Mail;

/// <summary>What an administrator sets on the mail page; empty sender fields fall back to <see cref="MailOptions"/>.</summary>
public sealed record MailSettings
{
    [MaxLength(100)]
    public string FromName { get; init; } = "";

    [MaxLength(254)]
    public string FromAddress { get; init; } = "";

    /// <summary>Notifications switched off (<see cref="MailNotifications"/>); everything else is on.</summary>
    public IReadOnlyList<string> Disabled { get; init; } = [];

    /// <summary>Per team id: after how many minutes an untaken hand-off is mailed to the team's available agents; absent is off.</summary>
    public IReadOnlyDictionary<string, int> TeamHandoffMinutes { get; init; } = new Dictionary<string, int>();

    public bool IsOn(string notification) => !Disabled.Contains(notification);
}
