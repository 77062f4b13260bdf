using System.Text;
using Chatflows.Analytics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Analytics;

/// <summary>CSV download of what the analytics page shows: the daily numbers, or the drop-off of one chatflow.</summary>
public sealed class ExportModel(AnalyticsRequestReader reader, AnalyticsReports reports, DropOffAnalytics dropOff) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? chatflow, string? from, string? to, string? language, string? data, CancellationToken cancellationToken)
    {
        var request = await reader.ReadAsync(chatflow, from, to, language, cancellationToken);
        if (data is not (null or "daily" or "dropoff"))
        {
            return Problem(new Dictionary<string, string[]> { ["data"] = ["Choose daily or dropoff."] });
        }

        if (request.Query is not { } query)
        {
            return Problem(request.Errors.ToDictionary(e => e.Key, e => new[] { e.Value.English }));
        }

        var name = request.Chatflows.FirstOrDefault(c => c.Id == query.ChatflowId)?.Name ?? "All chatflows";
        var file = $"chatflows-{data ?? "daily"}-{query.ChatflowId ?? "all"}{(query.Language is null ? "" : "-" + query.Language)}-{request.From}-{request.To}.csv";
        if (data == "dropoff")
        {
            if (query.ChatflowId is not { } id)
            {
                return Problem(new Dictionary<string, string[]> { ["chatflow"] = ["Drop-off is per chatflow: choose one."] });
            }

            var actions = await dropOff.GetAsync(id, query.Start, query.End, query.Language, cancellationToken) ?? [];
            return Csv(AnalyticsCsv.DropOff(actions, name, query.Language), file);
        }

        return Csv(AnalyticsCsv.Daily(await reports.GetAsync(query, cancellationToken), name), file);
    }

    // A BOM so that Excel reads the UTF-8 names right.
    private static FileContentResult Csv(string text, string file) =>
        new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "text/csv; charset=utf-8") { FileDownloadName = file };

    private static JsonResult Problem(Dictionary<string, string[]> errors) =>
        new(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status400BadRequest, Title = "The analytics filter is not valid." })
        {
            StatusCode = StatusCodes.Status400BadRequest,
            ContentType = "application/problem+json",
        };
}
