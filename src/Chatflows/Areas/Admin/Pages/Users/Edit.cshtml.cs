using Chatflows.Core.Validation;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Users;

public sealed class EditModel(UserAdministration administration, UserManager<ChatflowsUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

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
        return await FinishAsync(user, errors, $"Saved {user.DisplayName}.");
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var user = await users.FindByIdAsync(Id);
        if (user is null)
        {
            return NotFound();
        }

        var errors = await administration.SetPasswordAsync(user, NewPassword ?? "");
        foreach (var error in errors)
        {
            ModelState.AddModelError(nameof(NewPassword), error.Message);
        }

        return await FinishAsync(user, [], $"{user.DisplayName} has a new password.");
    }

    private async Task<IActionResult> FinishAsync(ChatflowsUser user, IReadOnlyList<FieldError> errors, string notice)
    {
        UserInput.AddErrors(ModelState, errors);
        if (!ModelState.IsValid)
        {
            var attempted = Input;
            await FillAsync(user);
            Input.DisplayName = attempted.DisplayName.Length > 0 ? attempted.DisplayName : Input.DisplayName;
            return Page();
        }

        TempData["Notice"] = notice;
        return RedirectToPage("Index");
    }

    private async Task FillAsync(ChatflowsUser user) => Input = new UserInput
    {
        Email = user.Email ?? "",
        DisplayName = user.DisplayName,
        Roles = [.. await users.GetRolesAsync(user)],
        ChatCapacity = user.ChatCapacity,
    };
}
