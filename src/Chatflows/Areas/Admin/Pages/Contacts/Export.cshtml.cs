using Chatflows.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Contacts;

/// <summary>The right of access as a readable page; the JSON file is <c>/admin/api/personal-data/contacts/{id}</c>.</summary>
public sealed class ExportModel(ContactQueries contacts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public ContactDetails Contact { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await contacts.DetailsAsync(Id, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Contact = details;
        return Page();
    }
}
