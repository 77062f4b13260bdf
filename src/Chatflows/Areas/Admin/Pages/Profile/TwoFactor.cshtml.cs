using Chatflows.Core.Validation;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Chatflows.Areas.Admin.Pages.Profile;

/// <summary>
/// The signed-in staff member's own two-factor sign-in: enrol with a QR code or the key, confirm with a code, keep the
/// recovery codes, renew them, turn it off with the password or a code. Open also while a role requires two-factor
/// sign-in and the account has none yet: that is where such staff are sent.
/// </summary>
[AllowWithoutTwoFactor]
public sealed class TwoFactorModel(UserManager<ChatflowsUser> users, StaffTwoFactor twoFactor, IOptions<Chatflows.Users.SignInOptions> options, EditorTexts words) : PageModel
{
    [BindProperty]
    public string Code { get; set; } = "";

    [BindProperty]
    public string PasswordOrCode { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsOn { get; private set; }

    public bool IsOwed { get; private set; }

    public string QrCode { get; private set; } = "";

    public string Key { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, right after they were made.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : this.AdminUrl("");

    public Task<IActionResult> OnGetAsync() => WithUserAsync(_ => Task.FromResult<IActionResult>(Page()));

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) => WithUserAsync(async user =>
    {
        if (await twoFactor.EnableAsync(user, Code, cancellationToken) is { } recoveryCodes)
        {
            NewRecoveryCodes = recoveryCodes;
            IsOwed = false;
        }
        else
        {
            ModelState.AddModelError(nameof(Code), words.Of(ValidationTexts.ProfileCodeWrong()));
        }

        return Page();
    });

    public Task<IActionResult> OnPostRenewAsync(CancellationToken cancellationToken) => WithUserAsync(async user =>
    {
        NewRecoveryCodes = user.TwoFactorEnabled ? await twoFactor.RenewRecoveryCodesAsync(user, cancellationToken) : [];
        return Page();
    });

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) => WithUserAsync(async user =>
    {
        var result = await twoFactor.DisableAsync(user, PasswordOrCode, ClientAddress.Key(HttpContext), cancellationToken);
        if (result != StaffSignInResult.Succeeded)
        {
            ModelState.AddModelError(nameof(PasswordOrCode), words.Of(result == StaffSignInResult.Throttled
                ? ValidationTexts.ProfileThrottled()
                : ValidationTexts.ProfileNotPassword()));
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.ProfileTwoFactorOff());
        return RedirectToPage();
    });

    // Every handler ends by showing the page as it is now.
    private async Task<IActionResult> WithUserAsync(Func<ChatflowsUser, Task<IActionResult>> handle)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge(ChatflowsAuthentication.Scheme);
        }

        IsOwed = TwoFactorClaims.Owed(User);
        var result = await handle(user);
        IsOn = user.TwoFactorEnabled;
        PasswordOrCode = "";
        Code = "";
        if (IsOn)
        {
            RecoveryCodesLeft = await twoFactor.RecoveryCodesLeftAsync(user);
        }
        else
        {
            var key = await twoFactor.EnrolmentKeyAsync(user);
            QrCode = AuthenticatorQrCode.DataUri(AuthenticatorCodes.Uri(options.Value.TwoFactorIssuer, user.Email ?? user.Id, key));
            Key = AuthenticatorQrCode.Readable(key);
        }

        return result;
    }
}
