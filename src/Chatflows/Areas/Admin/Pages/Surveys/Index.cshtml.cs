using Chatflows.Core.Validation;
using Chatflows.PickLists;
using Chatflows.Security;
using Chatflows.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Surveys;

/// <summary>
/// Survey results (O9) over a date range: average, distribution, per agent, per chatflow, per survey, comments; for one
/// chatflow, one library survey (asked by several chatflows), or both.
/// </summary>
[Authorize(Policy = Permissions.ViewAnalytics)]
public sealed class IndexModel(SurveyQueries queries, PickListQueries lists, TimeProvider time, EditorTexts words) : PageModel
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

    /// <summary>A library survey's id, <see cref="SurveyResults.OwnSurveys"/> for chatflows' own surveys, or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Survey { get; set; }

    public IReadOnlyList<(string Id, string Name)> Chatflows { get; private set; } = [];

    /// <summary>The library's surveys, for the survey filter.</summary>
    public IReadOnlyList<PickOption> Surveys { get; private set; } = [];

    public SurveyReport Report { get; private set; } = SurveyReport.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        To ??= today;
        From ??= To.Value.AddDays(-29);
        Chatflows = await queries.ChatflowsAsync(cancellationToken);
        Surveys = await lists.SurveysAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", words.Of(ValidationTexts.SurveysDates()));
            return BadRequestPage();
        }

        if (From > To || To.Value.DayNumber - From.Value.DayNumber > MaxRangeDays)
        {
            ModelState.AddModelError(nameof(From), words.Of(ValidationTexts.SurveysRange()));
            return BadRequestPage();
        }

        var chatflow = string.IsNullOrEmpty(Chatflow) ? null : Chatflow;
        var survey = string.IsNullOrEmpty(Survey) ? null : Survey;
        Report = await queries.ResultsAsync(
            From.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), chatflow, survey, cancellationToken);
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
