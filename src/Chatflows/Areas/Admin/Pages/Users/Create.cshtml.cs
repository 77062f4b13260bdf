using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Users;

public sealed class CreateModel(UserAdministration administration) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Choose a password for the new user.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await administration.CreateOrUpdateAsync(
            new NewUser(Input.Email, Input.DisplayName, Input.Roles, Input.Password, Input.ChatCapacity), onlyCreate: true);
        if (errors.Count > 0)
        {
            UserInput.AddErrors(ModelState, errors);
            return Page();
        }

        TempData["Notice"] = $"{Input.DisplayName} can now sign in.";
        return RedirectToPage("Index");
    }
}
