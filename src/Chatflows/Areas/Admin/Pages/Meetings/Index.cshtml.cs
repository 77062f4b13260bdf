using Chatflows.Meetings;
using Chatflows.Storage;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Chatflows.Areas.Admin.Pages.Meetings;

/// <summary><c>/admin/meetings</c>: my meeting types, my hours, my upcoming meetings (an Administrator sees everyone's).</summary>
public sealed class IndexModel(MeetingAdministration meetings, MeetingBooker booker, MeetingsAccess access, ChatflowsDbContext db, UserManager<ChatflowsUser> users, PickLists.ReferenceUsage usage) : PageModel
{
    public bool SeesAll { get; private set; }

    public string MyId { get; private set; } = "";

    public IReadOnlyList<MeetingTypeRecord> Types { get; private set; } = [];

    public IReadOnlyList<MeetingWithHost> Upcoming { get; private set; } = [];

    public IReadOnlyDictionary<string, string> HostNames { get; private set; } = new Dictionary<string, string>();

    public string TimeZone { get; private set; } = "";

    public Core.Availability.OfficeHours Hours { get; private set; } = new();

    public bool HoursSaved { get; private set; }

    public DateTimeZone Zone => MeetingCalendar.Zone(TimeZone);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await access.HostAsync(User, null) is not { } me)
        {
            return Forbid();
        }

        MyId = me.Id;
        SeesAll = MeetingsAccess.SeesAll(User);
        Types = await meetings.TypesAsync(SeesAll ? null : me.Id, cancellationToken);
        Upcoming = await meetings.UpcomingAsync(SeesAll ? null : me.Id, 200, cancellationToken);
        (TimeZone, Hours, HoursSaved) = await meetings.AvailabilityAsync(me.Id, cancellationToken);
        var hostIds = Types.Select(t => t.HostUserId).Distinct().ToList();
        HostNames = await db.Users.AsNoTracking().Where(u => hostIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null || await access.HostAsync(User, meeting.HostUserId) is null)
        {
            return NotFound();
        }

        TempData["Notice"] = await booker.CancelAsync(id, cancellationToken)
            ? $"Cancelled meeting {meeting.Reference}. {meeting.VisitorName} gets a cancellation by e-mail while meeting mails are on."
            : $"Meeting {meeting.Reference} was already cancelled.";
        return RedirectToPage();
    }

    /// <param name="acknowledged">True from the confirmation that named the published chatflows booking this type.</param>
    public async Task<IActionResult> OnPostDeleteTypeAsync(long id, bool acknowledged, CancellationToken cancellationToken)
    {
        var type = await meetings.FindTypeAsync(id, cancellationToken);
        if (type is null || await access.HostAsync(User, type.HostUserId) is null)
        {
            return NotFound();
        }

        if (!acknowledged && (await usage.PublishedUsingAsync(Core.References.ReferenceKind.MeetingType, type.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken)).Count > 0)
        {
            return RedirectToPage("DeleteType", new { id });
        }

        await meetings.DeleteTypeAsync(type.HostUserId, id, cancellationToken);
        TempData["Notice"] = $"Deleted meeting type {type.Name}. Booked meetings stay.";
        return RedirectToPage();
    }

    public string Local(DateTime utc) => MeetingCalendar.ToInstant(utc).InZone(Zone).ToString("ddd d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public string HostName(string userId) => HostNames.GetValueOrDefault(userId) ?? users.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefault() ?? userId;
}
