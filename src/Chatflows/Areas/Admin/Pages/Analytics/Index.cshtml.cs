using Chatflows.Analytics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Analytics;

/// <summary>The analytics page (P4): headline numbers, a daily chart and, for one chatflow, drop-off per action.</summary>
public sealed class IndexModel(AnalyticsRequestReader reader, AnalyticsReports reports, DropOffAnalytics dropOff, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Chatflow { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public AnalyticsRequest Filter { get; private set; } = null!;

    public AnalyticsReport? Report { get; private set; }

    public DailyChart? Chart { get; private set; }

    /// <summary>Null when all chatflows are shown: actions belong to one chatflow.</summary>
    public IReadOnlyList<ActionDropOff>? DropOff { get; private set; }

    public string ChatflowName => Filter.Chatflows.FirstOrDefault(c => c.Id == Filter.Query?.ChatflowId)?.Name ?? "All chatflows";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = await reader.ReadAsync(Chatflow, From, To, Language, cancellationToken);
        if (Filter.Query is not { } query)
        {
            foreach (var (field, message) in Filter.Errors)
            {
                ModelState.AddModelError(field, words.Of(message));
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Report = await reports.GetAsync(query, cancellationToken);
        Chart = DailyChart.For(Report);
        if (query.ChatflowId is { } id)
        {
            DropOff = await dropOff.GetAsync(id, query.Start, query.End, query.Language, cancellationToken);
        }
    }

    /// <summary>The export links carry the filter in force, so the file matches what is on screen.</summary>
    public string ExportUrl(string data) => Url.Page("Export", new { chatflow = Filter.Query?.ChatflowId, from = Filter.From, to = Filter.To, language = Filter.Query?.Language, data })!;
}
