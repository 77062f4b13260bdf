using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages;

public sealed class IndexModel(UserManager<ChatflowsUser> users) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<string> Permissions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? User.Identity?.Name ?? "";
        Permissions = [.. User.FindAll(Security.Permissions.ClaimType).Select(c => c.Value).Distinct().Order()];
    }
}
