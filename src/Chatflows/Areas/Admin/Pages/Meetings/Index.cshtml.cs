using System.Globalization;
using Chatflows.Core.Validation;
using Chatflows.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Chatflows.Areas.Admin.Pages.Meetings;

/// <summary><c>/admin/meetings</c>: my meeting types, my hours, my upcoming meetings (an Administrator sees everyone's).</summary>
public sealed class IndexModel(MeetingQueries queries, MeetingAdministration meetings, MeetingBooker booker, MeetingsAccess access, PickLists.ReferenceUsage usage, EditorTexts words) : PageModel
{
    public bool SeesAll { get; private set; }

    public string MyId { get; private set; } = "";

    public IReadOnlyList<MeetingTypeRow> Types { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];

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
        Types = await queries.TypesAsync(SeesAll ? null : me.Id, cancellationToken);
        Upcoming = await queries.UpcomingAsync(SeesAll ? null : me.Id, 200, cancellationToken);
        (TimeZone, Hours, HoursSaved) = await meetings.AvailabilityAsync(me.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(long id, CancellationToken cancellationToken)
    {
        var meeting = await queries.MeetingAsync(id, cancellationToken);
        if (meeting is null || await access.HostAsync(User, meeting.HostUserId) is null)
        {
            return NotFound();
        }

        TempData["Notice"] = words.Of(await booker.CancelAsync(id, cancellationToken)
            ? ValidationTexts.MeetingsCancelled(meeting.Reference, meeting.VisitorName)
            : ValidationTexts.MeetingsAlreadyCancelled(meeting.Reference));
        return RedirectToPage();
    }

    /// <param name="acknowledged">True from the confirmation that named the published chatflows booking this type.</param>
    public async Task<IActionResult> OnPostDeleteTypeAsync(long id, bool acknowledged, CancellationToken cancellationToken)
    {
        var type = await queries.TypeAsync(id, cancellationToken);
        if (type is null || await access.HostAsync(User, type.HostUserId) is null)
        {
            return NotFound();
        }

        if (!acknowledged && (await usage.PublishedUsingAsync(Core.References.ReferenceKind.MeetingType, type.Id.ToString(CultureInfo.InvariantCulture), cancellationToken)).Count > 0)
        {
            return RedirectToPage("DeleteType", new { id });
        }

        await meetings.DeleteTypeAsync(type.HostUserId, id, cancellationToken);
        TempData["Notice"] = words.Of(ValidationTexts.MeetingsTypeDeleted(type.Name));
        return RedirectToPage();
    }

    public string Local(DateTime utc) => MeetingCalendar.ToInstant(utc).InZone(Zone).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
