using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>The History tab (P1, #8 item 7): every published version, a readable diff between two, rollback in one click.</summary>
public sealed class HistoryModel(ChatflowQueries queries, ChatflowStore store, FlowValidator validator, ChatflowVersions versions, ChatflowEditing editing)
    : ChatflowPageModel(queries, store, validator)
{
    public override string Tab => "history";

    public IReadOnlyList<ChatflowVersionRow> Versions { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public IReadOnlyList<FlowChange>? Changes { get; private set; }

    public IReadOnlyList<FlowFinding> RollbackErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Versions = await Queries.VersionsAsync(Id, cancellationToken);
        if (From is null && To is null && Versions.Count >= 2)
        {
            (From, To) = (Versions[1].Version, Versions[0].Version);
        }

        if (From is { } from && To is { } to)
        {
            Changes = await versions.DiffAsync(Id, from, to, cancellationToken);
            if (Changes is null)
            {
                ModelState.AddModelError("", Words.Of(Core.Validation.ValidationTexts.HistoryChooseVersions()));
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int version, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await editing.RollBackAsync(Id, version, Editor.From(User), cancellationToken);
        if (!result.Published)
        {
            await LoadAsync(cancellationToken);
            Versions = await Queries.VersionsAsync(Id, cancellationToken);
            RollbackErrors = result.Findings;
            ModelState.AddModelError("", Words.Of(Core.Validation.ValidationTexts.HistoryCannotRollBack(version)));
            return Page();
        }

        TempData["Notice"] = Words.Of(Core.Validation.ValidationTexts.HistoryRolledBack(version, result.Version));
        return Redirect(this.AdminUrl($"/chatflows/{Id}/history"));
    }

    protected override string? KeyFor(string field) => null;
}
