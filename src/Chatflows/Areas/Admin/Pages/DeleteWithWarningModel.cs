using Chatflows.PickLists;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages;

/// <summary>
/// Deleting something published chatflows use (a team, a library survey; B2): the page names those chatflows, and a
/// post goes through only once the editor has seen them and confirms with <c>acknowledged</c>. An unconfirmed post
/// answers 409 with the same warning, so nothing is deleted behind a page the editor never saw.
/// </summary>
public abstract class DeleteWithWarningModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public string Name { get; protected set; } = "";

    public IReadOnlyList<ChatflowUse> UsedBy { get; protected set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <param name="acknowledged">True from the confirmation that showed the chatflows using it.</param>
    /// <param name="cancellationToken">The request's.</param>
    public async Task<IActionResult> OnPostAsync(bool acknowledged, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (UsedBy.Count > 0 && !acknowledged)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        return await DeleteAsync(cancellationToken);
    }

    /// <summary>Finds the thing by <see cref="Id"/> and fills <see cref="Name"/> and <see cref="UsedBy"/>; false when it does not exist.</summary>
    protected abstract Task<bool> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Deletes it and says where to go next.</summary>
    protected abstract Task<IActionResult> DeleteAsync(CancellationToken cancellationToken);
}
