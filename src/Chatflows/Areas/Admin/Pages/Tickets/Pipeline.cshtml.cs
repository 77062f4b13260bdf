using System.Text.RegularExpressions;
using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Tickets;

/// <summary>Adds a pipeline or edits one: rename, reorder, add and remove statuses.</summary>
[Authorize(Policy = Permissions.ManageChannel)]
public sealed partial class PipelineModel(TicketPipelines pipelines, EditorTexts words) : PageModel
{
    private const int BlankRows = 3;

    /// <summary>The pipeline being edited; empty when adding one.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public PipelineInput Input { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(Id);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var pipeline = IsNew ? new TicketPipeline("", "", [new("new", "New"), new("closed", "Closed")]) : await pipelines.FindAsync(Id!, cancellationToken);
        if (pipeline is null)
        {
            return NotFound();
        }

        Input = new PipelineInput
        {
            Id = pipeline.Id,
            Name = pipeline.Name,
            Statuses = [.. pipeline.Statuses.Select((s, i) => new PipelineInput.StatusRow { Id = s.Id, Name = s.Name, Position = i + 1 })],
        };
        AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsNew && await pipelines.FindAsync(Id!, cancellationToken) is null)
        {
            return NotFound();
        }

        var id = IsNew ? Input.Id.Trim() : Id!;
        if (IsNew && await pipelines.FindAsync(id, cancellationToken) is not null)
        {
            ModelState.AddModelError("Input.Id", words.Of(ValidationTexts.TicketsPipelineTaken(id)));
            return Invalid();
        }

        var kept = Input.Statuses.Where(s => !s.Remove && (s.Id.Length > 0 || s.Name.Trim().Length > 0))
            .OrderBy(s => s.Position).ToList();
        List<TicketStatus> statuses = [];
        foreach (var row in kept)
        {
            var statusId = row.Id.Length > 0 ? row.Id : UniqueId(row.Name, kept.Select(s => s.Id).Concat(statuses.Select(s => s.Id)));
            statuses.Add(new TicketStatus(statusId, row.Name));
        }

        var errors = await pipelines.SaveAsync(new TicketPipeline(id, Input.Name, statuses), cancellationToken);
        foreach (var error in errors)
        {
            var field = error.Field.StartsWith("statuses", StringComparison.Ordinal) ? "Input.Statuses" : $"Input.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}";
            ModelState.AddModelError(field, words.Of(error));
        }

        if (errors.Count > 0)
        {
            return Invalid();
        }

        TempData["Notice"] = words.Of(ValidationTexts.TicketsPipelineSaved(Input.Name.Trim()));
        return RedirectToPage("Pipelines");
    }

    private PageResult Invalid()
    {
        Input.Statuses = [.. Input.Statuses.Where(s => s.Id.Length > 0 || s.Name.Length > 0)];
        AddBlankRows();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private void AddBlankRows()
    {
        var next = Input.Statuses.Count == 0 ? 1 : Input.Statuses.Max(s => s.Position) + 1;
        for (var i = 0; i < BlankRows; i++)
        {
            Input.Statuses.Add(new PipelineInput.StatusRow { Position = next + i });
        }
    }

    // "Waiting on us" becomes waiting-on-us; a clash gets -2, -3…
    private static string UniqueId(string name, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var stem = NonSlug().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        stem = stem.Length == 0 ? "status" : stem[..Math.Min(stem.Length, 60)];
        var id = stem;
        for (var n = 2; used.Contains(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
