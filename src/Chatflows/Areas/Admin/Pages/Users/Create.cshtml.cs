using Chatflows.Core.Validation;
using Chatflows.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Users;

public sealed class CreateModel(UserAdministration administration, EditorTexts words) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", words.Of(ValidationTexts.UsersPassword()));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var errors = await administration.CreateOrUpdateAsync(
            new NewUser(Input.Email, Input.DisplayName, Input.Roles, Input.Password, Input.ChatCapacity), onlyCreate: true);
        if (errors.Count > 0)
        {
            UserInput.AddErrors(ModelState, errors, words);
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.UsersCreated(Input.DisplayName));
        return RedirectToPage("Index");
    }
}
