using Chatflows.Audit;
using Chatflows.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Audit;

/// <summary>The audit log (#8 item 7): who did what to which chatflow, newest first, 50 a page.</summary>
public sealed class IndexModel(AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Chatflow { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntryRecord> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PageNumber < 1 || PageNumber > 100_000)
        {
            return BadRequest();
        }

        var entries = await audit.ListAsync(Chatflow, PageNumber, cancellationToken);
        HasMore = entries.Count > AuditLog.PageSize;
        Entries = [.. entries.Take(AuditLog.PageSize)];
        return Page();
    }
}
