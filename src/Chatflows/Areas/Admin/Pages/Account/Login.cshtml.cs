using System.ComponentModel.DataAnnotations;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Account;

public sealed class LoginModel(SignInManager<ChatflowsUser> signIn, UserManager<ChatflowsUser> users) : PageModel
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

        // Identity signs in by user name; ours equals the e-mail, but look it up so either works.
        var user = await users.FindByEmailAsync(Input.Email) ?? await users.FindByNameAsync(Input.Email);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : this.AdminUrl(""));
        }

        ModelState.AddModelError("", result.IsLockedOut ? "Too many failed attempts. This account is locked for 15 minutes."
            : result.IsNotAllowed ? "This account cannot sign in. If it is yours, ask an administrator."
            : "That e-mail and password do not match.");
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
