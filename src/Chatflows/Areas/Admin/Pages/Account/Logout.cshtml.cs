using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Account;

public sealed class LogoutModel(SignInManager<ChatflowsUser> signIn) : PageModel
{
    // Sign-out is a POST with an antiforgery token, so a link on another site cannot sign an editor out.
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage();
    }
}
