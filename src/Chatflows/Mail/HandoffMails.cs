using System.Text.Json.Nodes;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Mail;

/// <summary>
/// A hand-off to a team whose mail page sets a number of minutes: one mail per team member, due after
/// those minutes. When it is due it goes only if nobody took the conversation and the member is available.
/// </summary>
public sealed class HandoffMails(MailOutbox outbox, MailSettingsStore settings, MailLinks links)
{
    /// <param name="language">The language of the flow that handed off.</param>
    /// <param name="rows">The visitor turn's outbox rows, written with its prepared statements; null adds them to <paramref name="db"/>.</param>
    public async Task AddAsync(
        ChatflowsDbContext db, ConversationRecord conversation, string? teamId, string language, DateTime now, ICollection<MailOutboxRecord>? rows,
        CancellationToken cancellationToken)
    {
        if (conversation.IsPreview || teamId is null)
        {
            return;
        }

        var mail = await settings.GetAsync(cancellationToken);
        if (!mail.IsOn(MailNotifications.TeamHandoff) || !mail.TeamHandoffMinutes.TryGetValue(teamId, out var minutes) || minutes <= 0)
        {
            return;
        }

        var members = await db.TeamMembers.Where(m => m.TeamId == teamId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.DisplayName })
            .Where(u => u.Email != null).ToListAsync(cancellationToken);
        var team = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken) ?? "";
        foreach (var member in members)
        {
            outbox.Add(db, new MailDraft(MailKinds.HandoffWaiting, member.Email!, member.DisplayName, language, new JsonObject
            {
                ["userId"] = member.Id,
                ["team"] = team,
                ["minutes"] = minutes,
                ["fromSeq"] = conversation.LastSeq,
                ["inboxUrl"] = links.Absolute($"/admin/inbox/conversation/{conversation.Id}"),
            }, conversation.Id, now.AddMinutes(minutes)), rows);
        }
    }
}
