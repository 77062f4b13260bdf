using Chatflows.Audit;
using Chatflows.Contacts;
using Chatflows.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Contacts;

public sealed class ContactModel(ContactQueries contacts, ContactEditor editor, PersonalDataErasure erasure) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public List<PropertyRow> Properties { get; set; } = [];

    /// <summary>The contact's e-mail address typed again, to confirm an erasure.</summary>
    [BindProperty]
    public string? Confirm { get; set; }

    [BindProperty]
    public long? MergeId { get; set; }

    public ContactDetails Contact { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Properties = [.. Contact.Data.Contacts[0].Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new PropertyRow { Name = p.Key, Value = p.Value })];
        return Page();
    }

    public async Task<IActionResult> OnPostPropertiesAsync(CancellationToken cancellationToken)
    {
        var rows = Properties.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => new KeyValuePair<string, string>(p.Name ?? "", p.Value ?? "")).ToList();
        var errors = await editor.SetPropertiesAsync(Id, rows, cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData["Notice"] = "Saved the contact's properties.";
        return RedirectToPage("Contact", new { id = Id });
    }

    public async Task<IActionResult> OnPostMergeAsync(CancellationToken cancellationToken)
    {
        if (MergeId is not { } duplicate || duplicate == Id)
        {
            ModelState.AddModelError(nameof(MergeId), "Enter the number of another contact to merge into this one.");
        }
        else if (!await editor.MergeAsync(Id, duplicate, Editor.From(User), cancellationToken))
        {
            ModelState.AddModelError(nameof(MergeId), $"There is no contact #{duplicate}.");
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData["Notice"] = $"Merged contact #{MergeId} into this contact.";
        return RedirectToPage("Contact", new { id = Id });
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var expected = Contact.Data.Contacts[0].Email ?? $"#{Id}";
        if (!string.Equals(Confirm?.Trim(), expected, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(Confirm), $"Type {expected} to confirm.");
            return Page();
        }

        var report = await erasure.EraseContactAsync(Id, Editor.From(User), cancellationToken);
        TempData["Notice"] = $"Erased: {report}.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await contacts.DetailsAsync(Id, cancellationToken) is not { } details)
        {
            return false;
        }

        Contact = details;
        return true;
    }
}
