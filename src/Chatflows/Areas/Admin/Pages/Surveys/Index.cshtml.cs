using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>Survey results (O9) over a date range: average, distribution, per agent, per chatflow, comments.</summary>
[Authorize(Policy = Permissions.ViewAnalytics)]
public sealed class IndexModel(SurveyResults results, ChatflowsDbContext db, TimeProvider time) : PageModel
{
    private const int MaxRangeDays = 366 * 5;

    /// <summary>First day, inclusive (UTC). Default 29 days before <see cref="To"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Last day, inclusive (UTC). Default today.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Chatflow { get; set; }

    public IReadOnlyList<(string Id, string Name)> Chatflows { get; private set; } = [];

    public SurveyReport Report { get; private set; } = new(0, null, [0, 0, 0, 0, 0], [], [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        To ??= today;
        From ??= To.Value.AddDays(-29);
        Chatflows = [.. (await db.Chatflows.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", "Give the dates as yyyy-mm-dd.");
            return BadRequestPage();
        }

        if (From > To || To.Value.DayNumber - From.Value.DayNumber > MaxRangeDays)
        {
            ModelState.AddModelError(nameof(From), "The first day comes before the last, at most five years apart.");
            return BadRequestPage();
        }

        var chatflow = string.IsNullOrEmpty(Chatflow) ? null : Chatflow;
        Report = await results.ComputeAsync(
            From.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), chatflow, cancellationToken);
        return Page();
    }

    private PageResult BadRequestPage()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public static string Stars(int rating, string scale) =>
        scale == "thumbs" ? (rating >= 3 ? "Thumbs up" : "Thumbs down") : $"{rating} of 5 stars";
}
