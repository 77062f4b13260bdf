using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Users;

/// <summary>Which roles must use two-factor sign-in (all of them: every staff member).</summary>
public sealed class TwoFactorModel(TwoFactorRules rules, EditorTexts words) : PageModel
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
        TempData["Notice"] = words.Of(Required.Count == 0 ? ValidationTexts.UsersTwoFactorOptional()
            : Required.Count == Roles.All.Count ? ValidationTexts.UsersTwoFactorRequiredForAll()
            : ValidationTexts.UsersTwoFactorRequired(string.Join(", ", Required)));
        return RedirectToPage();
    }
}
