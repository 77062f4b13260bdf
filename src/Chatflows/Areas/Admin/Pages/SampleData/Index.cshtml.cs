using Chatflows.Audit;
using Chatflows.Core.Validation;
using Chatflows.SampleData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.SampleData;

/// <summary>
/// The demo's sample data (#22 item 12): how much is left, and "Remove sample data", which deletes it everywhere and
/// takes it out of the reports. Administrators only (<c>ManageContacts</c>): it erases conversations and contacts.
/// </summary>
public sealed class IndexModel(SampleDataQueries samples, SampleDataRemoval removal, EditorTexts words) : PageModel
{
    public int Conversations { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Conversations = await samples.CountConversationsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var removed = await removal.RemoveAsync(Editor.From(User), cancellationToken);
        TempData["Notice"] = words.Of(removed == 0 ? ValidationTexts.SampleDataNone() : ValidationTexts.SampleDataRemoved(removed));
        return RedirectToPage("/Index");
    }
}
