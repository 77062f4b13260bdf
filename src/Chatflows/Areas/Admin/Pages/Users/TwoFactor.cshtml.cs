using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Users;

/// <summary>Which roles must use two-factor sign-in (all of them: every staff member).</summary>
public sealed class TwoFactorModel(TwoFactorRules rules) : PageModel
{
    [BindProperty]
    public List<string> Required { get; set; } = [];

    public async Task OnGetAsync() => Required = [.. await rules.RequiredRolesAsync()];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unknown = Required.FirstOrDefault(r => !Roles.All.Contains(r));
        if (unknown is not null)
        {
            return BadRequest();
        }

        await rules.SetRequiredRolesAsync(Required, cancellationToken);
        TempData["Notice"] = Required.Count == 0 ? "Two-factor sign-in is optional for everyone."
            : $"Two-factor sign-in is required for {(Required.Count == Roles.All.Count ? "all staff" : string.Join(", ", Required))}.";
        return RedirectToPage();
    }
}
