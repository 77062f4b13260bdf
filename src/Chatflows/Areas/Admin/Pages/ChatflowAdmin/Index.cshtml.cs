using Chatflows.Audit;
using Chatflows.Core.Validation;
using Chatflows.Flows;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

public sealed class IndexModel(ChatflowList list, ChatflowEditing editing, EditorTexts words) : PageModel
{
    public IReadOnlyList<ChatflowListRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await list.ListAsync(cancellationToken);

    /// <summary>The on/off switch (P1): takes effect on the next widget request, since visitors read switched-on chatflows only.</summary>
    public async Task<IActionResult> OnPostSwitchAsync(string id, bool enabled, string? returnUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(id))
        {
            return BadRequest();
        }

        var switched = await editing.SwitchAsync(id, enabled, Editor.From(User), cancellationToken);
        TempData["Notice"] = words.Of(switched ? enabled ? ValidationTexts.ChatflowSwitchedOn() : ValidationTexts.ChatflowSwitchedOff()
            : enabled ? ValidationTexts.ChatflowPublishFirst() : ValidationTexts.ChatflowNoSuch());
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : this.AdminUrl("/chatflows"));
    }

    public async Task<IActionResult> OnPostDuplicateAsync(string id, CancellationToken cancellationToken)
    {
        if (await editing.DuplicateAsync(id ?? "", Editor.From(User), cancellationToken) is not { } copy)
        {
            return NotFound();
        }

        TempData["Notice"] = words.Of(ValidationTexts.ChatflowDuplicated());
        return Redirect(this.AdminUrl($"/chatflows/{copy}"));
    }
}
