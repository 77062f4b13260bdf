namespace Chatflows.Mail;

/// <summary>The audit log's words for a save of the mail settings: what changed, old value to new.</summary>
internal static class MailSettingsChange
{
    public static string Describe(MailSettings before, MailSettings after)
    {
        List<string> changes = [];
        if (before.FromName != after.FromName)
        {
            changes.Add($"Sender name \"{before.FromName}\" → \"{after.FromName}\"");
        }

        if (before.FromAddress != after.FromAddress)
        {
            changes.Add($"Sender address \"{before.FromAddress}\" → \"{after.FromAddress}\"");
        }

        var switchedOff = after.Disabled.Except(before.Disabled).Order(StringComparer.Ordinal).ToList();
        var switchedOn = before.Disabled.Except(after.Disabled).Order(StringComparer.Ordinal).ToList();
        if (switchedOff.Count > 0)
        {
            changes.Add($"Switched off: {string.Join(", ", switchedOff)}");
        }

        if (switchedOn.Count > 0)
        {
            changes.Add($"Switched on: {string.Join(", ", switchedOn)}");
        }

        var teams = before.TeamHandoffMinutes.Keys.Union(after.TeamHandoffMinutes.Keys)
            .Where(t => before.TeamHandoffMinutes.GetValueOrDefault(t) != after.TeamHandoffMinutes.GetValueOrDefault(t))
            .Order(StringComparer.Ordinal)
            .Select(t => $"{t} {Minutes(before, t)} → {Minutes(after, t)}")
            .ToList();
        if (teams.Count > 0)
        {
            changes.Add($"Team hand-off mails: {string.Join(", ", teams)}");
        }

        return changes.Count == 0 ? "Saved without changes." : string.Join("; ", changes) + ".";
    }

    private static string Minutes(MailSettings settings, string team) =>
        settings.TeamHandoffMinutes.TryGetValue(team, out var minutes) ? $"{minutes} min" : "off";
}
