using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MvcSite.Controllers;

[AllowAnonymous]
public sealed class AccountController(SignInManager<IdentityUser> signIn) : Controller
{
    [HttpGet]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost, ValidateAntiForgeryToken]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (ModelState.IsValid && (await signIn.PasswordSignInAsync(form.Email, form.Password, isPersistent: false, lockoutOnFailure: false)).Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/Members");
        }

        ModelState.AddModelError("", "That e-mail and password do not match.");
        return View(form);
    }

    public sealed class SignInForm
    {
        [Required, EmailAddress]
        public string Email { get; set; } = "";

        [Required]
        public string Password { get; set; } = "";

        public string? ReturnUrl { get; set; }
    }
}
