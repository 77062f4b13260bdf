using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
public sealed class TwoFactorModel(StaffTwoFactorSignIn signIn, EditorTexts words) : PageModel
{
    [BindProperty, Required, StringLength(64), Display(Name = "Code")]
    public string Code { get; set; } = "";

    /// <summary>True to type a recovery code instead of the authenticator's code.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Recovery { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>False when no password was accepted in the last five minutes: the page then says to sign in again.</summary>
    public bool IsPending { get; private set; } = true;

    public async Task OnGetAsync() => IsPending = await signIn.IsPendingAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.CompleteAsync(Code, Recovery, ClientAddress.Key(HttpContext), HttpContext.RequestAborted);
        switch (result)
        {
            case StaffSignInResult.Succeeded:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : this.AdminUrl(""));
            case StaffSignInResult.Expired:
                TempData["Notice"] = words.Of(ValidationTexts.AccountCodeExpired());
                return RedirectToPage("Login", new { ReturnUrl });
            default:
                ModelState.AddModelError(nameof(Code), words.Of(result == StaffSignInResult.Throttled ? ValidationTexts.AccountThrottled()
                    : Recovery ? ValidationTexts.AccountRecoveryCodeWrong() : ValidationTexts.AccountCodeWrong()));
                Code = "";
                return Page();
        }
    }
}
