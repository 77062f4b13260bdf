using Chatflows.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Users;

public sealed class IndexModel(UserAdministration administration, UserManager<ChatflowsUser> users, TimeProvider time) : PageModel
{
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        List<UserRow> rows = [];
        foreach (var user in await administration.ListAsync(cancellationToken))
        {
            var status = user.DeactivatedUtc is not null ? "Deactivated"
                : user.LockoutEnd > time.GetUtcNow() ? "Locked out"
                : user.PasswordHash is null ? "No password yet"
                : "Active";
            rows.Add(new UserRow(user, [.. (await users.GetRolesAsync(user)).Order()], status));
        }

        Rows = rows;
    }

    public sealed record UserRow(ChatflowsUser User, IReadOnlyList<string> Roles, string Status);
}
