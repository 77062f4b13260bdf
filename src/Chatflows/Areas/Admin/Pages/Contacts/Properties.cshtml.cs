using Chatflows.Channel;
using Chatflows.Core.Channel;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Contacts;

/// <summary>
/// The contact properties editors pick from in the builder (G1): name, label, type. Kept with the channel
/// settings, like retention, so one version guards the document against two editors saving at once.
/// </summary>
public sealed class PropertiesModel(ChannelSettingsStore channel, EditorTexts words) : PageModel
{
    /// <summary>Empty rows under the list for new properties.</summary>
    public const int BlankRows = 3;

    [BindProperty]
    public List<PropertyDefinitionInput> Properties { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = await channel.GetAsync(cancellationToken);
        Properties = [.. current.Settings.ContactProperties.Select(PropertyDefinitionInput.From), .. Enumerable.Range(0, BlankRows).Select(_ => new PropertyDefinitionInput())];
        Version = current.Version;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var rows = Properties.Where(p => !p.IsBlank).ToList();
        var conflict = false;
        if (ModelState.IsValid)
        {
            var current = await channel.GetAsync(cancellationToken);
            var result = await channel.SaveAsync(current.Settings with { ContactProperties = [.. rows.Select(r => r.ToDefinition())] }, Version, cancellationToken);
            conflict = result.IsConflict;
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(FieldName(error.Field), words.Of(error));
            }
        }

        if (!ModelState.IsValid)
        {
            Properties = [.. rows, .. Enumerable.Range(0, BlankRows).Select(_ => new PropertyDefinitionInput())];
            Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Notice"] = words.Of(ValidationTexts.ContactPropertiesSaved());
        return RedirectToPage("Properties");
    }

    // "contactProperties[1].name" → "Properties[1].Name", the form's own names, so each message sits at its field.
    private static string FieldName(string field)
    {
        if (!field.StartsWith("contactProperties", StringComparison.Ordinal))
        {
            return "";
        }

        var name = "Properties" + field["contactProperties".Length..];
        var dot = name.LastIndexOf('.');
        return dot < 0 ? name : name[..(dot + 1)] + char.ToUpperInvariant(name[dot + 1]) + name[(dot + 2)..];
    }
}
