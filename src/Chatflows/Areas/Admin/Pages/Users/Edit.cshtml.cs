using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Users;

public sealed class EditModel(UserAdministration administration, UserManager<ChatflowsUser> users, StaffTwoFactor twoFactor, PickLists.ReferenceUsage usage, EditorTexts words) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public DateTime? DeactivatedUtc { get; private set; }

    public bool IsSelf { get; private set; }

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        await FillAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync()
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        var errors = await administration.UpdateAsync(user, Input.DisplayName, Input.Roles, Input.ChatCapacity);
        return await FinishAsync(user, errors, ValidationTexts.UsersSaved(user.DisplayName));
    }

    public Task<IActionResult> OnPostPasswordAsync() => OtherFormAsync(async user =>
    {
        foreach (var error in await administration.SetPasswordAsync(user, NewPassword ?? ""))
        {
            ModelState.AddModelError(nameof(NewPassword), words.Of(error));
        }

        return await FinishAsync(user, [], ValidationTexts.UsersNewPassword(user.DisplayName));
    });

    /// <summary>Published chatflows that hand off to or book with this user: named before deactivating, which they would stop working for.</summary>
    public IReadOnlyList<PickLists.ChatflowUse> UsedBy { get; private set; } = [];

    /// <param name="acknowledged">True from the warning that named the published chatflows using this user.</param>
    public Task<IActionResult> OnPostDeactivateAsync(bool acknowledged, CancellationToken cancellationToken) => OtherFormAsync(async user =>
    {
        UsedBy = await usage.PublishedUsingAsync(Core.References.ReferenceKind.User, user.Id, cancellationToken);
        if (UsedBy.Count > 0 && !acknowledged && user.DeactivatedUtc is null)
        {
            await FillAsync(user);
            return Page();
        }

        return await FinishAsync(user, await administration.DeactivateAsync(user, users.GetUserId(User) ?? "", cancellationToken),
            ValidationTexts.UsersDeactivated(user.DisplayName));
    });

    // Your own goes through your profile, with your password or a code.
    public Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) => OtherFormAsync(async user =>
    {
        if (user.Id == users.GetUserId(User))
        {
            return BadRequest();
        }

        await twoFactor.ResetAsync(user, cancellationToken);
        return await FinishAsync(user, [], ValidationTexts.UsersTwoFactorReset(user.DisplayName));
    });

    public Task<IActionResult> OnPostReactivateAsync() => OtherFormAsync(async user =>
        await FinishAsync(user, await administration.ReactivateAsync(user), ValidationTexts.UsersReactivated(user.DisplayName)));

    // Only the profile form posts the profile fields; without them the binder falls back to binding them
    // empty, unprefixed, and they fail validation. The other forms on the page are checked by the service.
    private async Task<IActionResult> OtherFormAsync(Func<ChatflowsUser, Task<IActionResult>> handle)
    {
        ModelState.Clear();
        return await users.FindByIdAsync(Id) is { } user ? await handle(user) : NotFound();
    }

    private async Task<IActionResult> FinishAsync(ChatflowsUser user, IReadOnlyList<FieldError> errors, TextMessage notice)
    {
        UserInput.AddErrors(ModelState, errors, words);
        if (!ModelState.IsValid)
        {
            var attempted = Input;
            await FillAsync(user);
            Input.DisplayName = attempted.DisplayName.Length > 0 ? attempted.DisplayName : Input.DisplayName;
            return Page();
        }

        TempData["Notice"] = words.Of(notice);
        return RedirectToPage("Index");
    }

    private async Task FillAsync(ChatflowsUser user)
    {
        Input = new UserInput
        {
            Email = user.Email ?? "",
            DisplayName = user.DisplayName,
            Roles = [.. await users.GetRolesAsync(user)],
            ChatCapacity = user.ChatCapacity,
        };
        DeactivatedUtc = user.DeactivatedUtc;
        IsSelf = user.Id == users.GetUserId(User);
        TwoFactorEnabled = user.TwoFactorEnabled;
    }
}
