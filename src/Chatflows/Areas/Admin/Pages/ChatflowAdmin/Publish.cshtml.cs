using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>Publishing (P1): the validator runs first and errors refuse it, listed with links to where they are fixed.</summary>
public sealed class PublishModel(ChatflowQueries queries, ChatflowStore store, FlowValidator validator, ChatflowEditing editing) : ChatflowPageModel(queries, store, validator)
{
    private readonly FlowValidator _validator = validator;

    public override string Tab => "";

    public IReadOnlyList<FlowFinding> Findings { get; private set; } = [];

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Findings = _validator.Validate(Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await editing.PublishAsync(Id, Editor.From(User), cancellationToken);
        if (!result.Published)
        {
            await LoadAsync(cancellationToken);
            Findings = result.Findings;
            Refused = true;
            return Page();
        }

        var warnings = result.Findings.Count;
        TempData["Notice"] = Words.Of(Core.Validation.ValidationTexts.PublishDone(result.Version)) + (warnings > 0 ? " " + Words.Of(Core.Validation.ValidationTexts.PublishWarnings(warnings)) : "")
            + (Current.Enabled ? "" : " " + Words.Of(Core.Validation.ValidationTexts.PublishOff()));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : this.AdminUrl($"/chatflows/{Id}"));
    }

    protected override string? KeyFor(string field) => null;
}
