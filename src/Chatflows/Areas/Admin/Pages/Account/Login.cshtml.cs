using System.ComponentModel.DataAnnotations;
using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Account;

public sealed class LoginModel(StaffSignIn signIn, EditorTexts words) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.SignInAsync(Input.Email, Input.Password, Input.RememberMe, ClientAddress.Key(HttpContext), HttpContext.RequestAborted);
        if (result == StaffSignInResult.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : this.AdminUrl(""));
        }

        if (result == StaffSignInResult.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl });
        }

        // One answer whether the e-mail exists or not; the throttle answers alike for both as well.
        ModelState.AddModelError("", words.Of(result == StaffSignInResult.Throttled ? ValidationTexts.AccountThrottled() : ValidationTexts.AccountNoMatch()));
        return Page();
    }

    public sealed class LoginInput
    {
        [Required, EmailAddress, Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }
}
