using Chatflows.Core.Flows;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>A chatflow at a glance: what it is, and what stands between it and publishing.</summary>
public sealed class OverviewModel(ChatflowQueries queries, ChatflowStore store, FlowValidator validator) : ChatflowPageModel(queries, store, validator)
{
    private readonly FlowValidator _validator = validator;

    public override string Tab => "";

    public IReadOnlyList<FlowFinding> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Findings = _validator.Validate(Draft);
        return Page();
    }

    protected override string? KeyFor(string field) => null;
}
