using System.Globalization;
using Chatflows.Audit;
using Chatflows.Contacts;
using Chatflows.Core.Validation;
using Chatflows.Privacy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Contacts;

public sealed class ContactModel(ContactQueries contacts, ContactEditor editor, PersonalDataErasure erasure, EditorTexts words) : PageModel
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
            ModelState.AddModelError(error.Field, words.Of(error));
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData["Notice"] = words.Of(ValidationTexts.ContactSaved());
        return RedirectToPage("Contact", new { id = Id });
    }

    public async Task<IActionResult> OnPostMergeAsync(CancellationToken cancellationToken)
    {
        if (MergeId is not { } duplicate || duplicate == Id)
        {
            ModelState.AddModelError(nameof(MergeId), words.Of(ValidationTexts.ContactMergeNumber()));
        }
        else if (!await editor.MergeAsync(Id, duplicate, Editor.From(User), cancellationToken))
        {
            ModelState.AddModelError(nameof(MergeId), words.Of(ValidationTexts.ContactMissing(duplicate.ToString(CultureInfo.InvariantCulture))));
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        TempData["Notice"] = words.Of(ValidationTexts.ContactMerged(MergeId?.ToString(CultureInfo.InvariantCulture) ?? ""));
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
            ModelState.AddModelError(nameof(Confirm), words.Of(ValidationTexts.ContactConfirmErase(expected)));
            return Page();
        }

        var report = await erasure.EraseContactAsync(Id, Editor.From(User), cancellationToken);
        TempData["Notice"] = words.Of(ValidationTexts.ContactErased(report?.ToString() ?? ""));
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
