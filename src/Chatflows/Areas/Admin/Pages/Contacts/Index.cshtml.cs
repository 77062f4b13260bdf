using Chatflows.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Contacts;

public sealed class IndexModel(ContactQueries contacts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ContactListPage Result { get; private set; } = new([], 1, false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Q = Q is { Length: > 200 } long_ ? long_[..200] : Q;
        Result = await contacts.ListAsync(Q, PageNumber, cancellationToken);
    }
}
