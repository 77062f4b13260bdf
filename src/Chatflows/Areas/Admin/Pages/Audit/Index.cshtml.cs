using Chatflows.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Audit;

/// <summary>
/// The audit log (#8 item 7): who did what, newest first, 50 a page; each reader sees the entries about what their
/// permissions manage (<see cref="AuditVisibility"/>), so sign-ins and user changes only administrators.
/// </summary>
public sealed class IndexModel(AuditQueries audit, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Chatflow { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PageNumber < 1 || PageNumber > 100_000)
        {
            return BadRequest();
        }

        List<string> held = [];
        foreach (var permission in AuditVisibility.PermissionFor.Values.Distinct())
        {
            if ((await authorization.AuthorizeAsync(User, permission)).Succeeded)
            {
                held.Add(permission);
            }
        }

        (Entries, HasMore) = await audit.PageAsync(Chatflow, AuditVisibility.ActionsFor(held), PageNumber, cancellationToken);
        return Page();
    }
}
