using System.Globalization;
using Chatflows.Core.References;
using Chatflows.Meetings;
using Chatflows.PickLists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Meetings;

/// <summary>
/// The confirmation before deleting a meeting type that published chatflows book (B2): it names them; the
/// delete button posts back to the list with the warning acknowledged.
/// </summary>
public sealed class DeleteTypeModel(MeetingQueries meetings, MeetingsAccess access, ReferenceUsage usage) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<ChatflowUse> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await meetings.TypeAsync(Id, cancellationToken) is not { } type || await access.HostAsync(User, type.HostUserId) is null)
        {
            return NotFound();
        }

        Name = type.Name;
        UsedBy = await usage.PublishedUsingAsync(ReferenceKind.MeetingType, Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
        return Page();
    }
}
