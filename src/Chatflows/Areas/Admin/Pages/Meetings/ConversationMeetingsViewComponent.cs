using Chatflows.Channel;
using Chatflows.Meetings;
using Chatflows.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Areas.Admin.Pages.Meetings;

/// <summary>
/// The meetings a conversation booked, as lines in its inbox thread (issue #10: "the booking shows in the
/// conversation thread"). A view component so the inbox page needs one line to show them.
/// Times are in the site's zone (the channel settings), the zone the whole inbox works in.
/// </summary>
public sealed class ConversationMeetingsViewComponent(ChatflowsDbContext db, ChannelSettingsStore channel) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string conversationId)
    {
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.ConversationId == conversationId)
            .OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToListAsync(HttpContext.RequestAborted);
        var zone = MeetingCalendar.Zone((await channel.GetAsync(HttpContext.RequestAborted)).Settings.TimeZone);
        return View("/Areas/Admin/Pages/Meetings/_ConversationMeetings.cshtml", new ConversationMeetings(meetings, zone));
    }
}

/// <summary>What the thread's meeting lines show.</summary>
public sealed record ConversationMeetings(IReadOnlyList<MeetingRecord> Meetings, DateTimeZone Zone)
{
    public string Local(DateTime utc) =>
        MeetingCalendar.ToInstant(utc).InZone(Zone).ToString("ddd d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
