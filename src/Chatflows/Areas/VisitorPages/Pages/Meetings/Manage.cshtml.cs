using Chatflows.Meetings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.VisitorPages.Pages.Meetings;

/// <summary>
/// The visitor's page for one meeting, reached only through the unguessable token in their links:
/// see it, download it, cancel it (once), or move it to another free time. Open to anyone, whatever the
/// host's fallback policy: the token is the key.
/// </summary>
[AllowAnonymous]
public sealed class ManageModel(MeetingQueries meetings, VisitorMeetingActions actions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public VisitorMeeting Meeting { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        switch (await actions.CancelAsync(Token, cancellationToken))
        {
            case null:
                return NotFound();
            case false:
                return await ProblemAsync("This meeting was already cancelled.", StatusCodes.Status409Conflict, cancellationToken);
            default:
                TempData["Notice"] = "Your meeting is cancelled.";
                return RedirectToPage(new { Token });
        }
    }

    public async Task<IActionResult> OnPostRescheduleAsync(string? slot, CancellationToken cancellationToken)
    {
        var (outcome, token) = await actions.RescheduleAsync(Token, slot, cancellationToken);
        switch (outcome)
        {
            case RescheduleOutcome.Moved:
                TempData["Notice"] = "Your meeting is moved. Download the new invitation below; the old one no longer applies.";
                return RedirectToPage(new { Token = token });
            case RescheduleOutcome.NotStanding:
                return await ProblemAsync("This meeting can no longer be moved.", StatusCodes.Status409Conflict, cancellationToken);
            case RescheduleOutcome.NoSuchSlot:
                return await ProblemAsync("Choose one of the times below.", StatusCodes.Status400BadRequest, cancellationToken);
            case RescheduleOutcome.Taken:
                return await ProblemAsync("Someone just took that time. Please choose another.", StatusCodes.Status409Conflict, cancellationToken);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ProblemAsync(string problem, int status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await meetings.ForVisitorAsync(Token, cancellationToken) is not { } meeting)
        {
            return false;
        }

        Meeting = meeting;
        return true;
    }
}
