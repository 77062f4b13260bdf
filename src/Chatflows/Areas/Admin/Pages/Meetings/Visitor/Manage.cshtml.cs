using Chatflows.Meetings;
using Chatflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;

namespace Chatflows.Areas.Admin.Pages.Meetings.Visitor;

/// <summary>
/// The visitor's page for one meeting, reached only through the unguessable token in their links:
/// see it, download it, cancel it (once), or move it to another free time.
/// </summary>
public sealed class ManageModel(ChatflowsDbContext db, MeetingCalendar calendar, MeetingBooker booker, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public MeetingWithHost? Found { get; private set; }

    public DateTimeZone Zone { get; private set; } = DateTimeZone.Utc;

    public IReadOnlyList<Core.Ports.MeetingSlot> Slots { get; private set; } = [];

    public string? Problem { get; private set; }

    public bool IsStanding => Found is { Meeting.CancelledUtc: null } found && MeetingCalendar.ToInstant(found.Meeting.EndUtc) > Now;

    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!await booker.CancelAsync(Found!.Meeting.Id, cancellationToken))
        {
            Problem = "This meeting was already cancelled.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        TempData["Notice"] = "Your meeting is cancelled.";
        return RedirectToPage(new { Token });
    }

    public async Task<IActionResult> OnPostRescheduleAsync(string? slot, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var meeting = Found!.Meeting;
        if (!IsStanding)
        {
            Problem = "This meeting can no longer be moved.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var plan = await calendar.PlanAsync(meeting.HostUserId, meeting.MeetingTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        var chosen = Slots.FirstOrDefault(s => s.Id == slot);
        if (plan is null || chosen is null)
        {
            Problem = "Choose one of the times below.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var booked = await booker.BookAsync(
            plan, new Interval(chosen.Start, chosen.End), meeting.VisitorName, meeting.VisitorEmail, meeting.VisitorTimeZone, meeting.ConversationId, meeting, cancellationToken);
        if (booked is null)
        {
            await LoadAsync(cancellationToken);
            Problem = "Someone just took that time. Please choose another.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        TempData["Notice"] = "Your meeting is moved. Download the new invitation below; the old one no longer applies.";
        return RedirectToPage(new { Token = booked.Token });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Found = await MeetingEndpoints.FindAsync(db, Token, cancellationToken);
        if (Found is null)
        {
            return false;
        }

        var meeting = Found.Meeting;
        var plan = await calendar.PlanAsync(meeting.HostUserId, meeting.MeetingTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(meeting.VisitorTimeZone ?? "") ?? plan?.Zone ?? DateTimeZone.Utc;
        if (IsStanding && plan is not null)
        {
            Slots = [.. (await calendar.SlotsAsync(plan, Now, 8, cancellationToken))
                .Select(s => MeetingScheduler.ToSlot(s, MeetingScheduler.Label(s.Start, Zone.Id, Zone)))];
        }

        return true;
    }
}
