using System.Text;
using Chatflows.Channel;
using Chatflows.Core.Availability;
using Chatflows.Core.Text;
using Chatflows.Core.Translations;
using Chatflows.Core.Validation;
using Chatflows.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chatflows.Areas.Admin.Pages.Channel;

/// <summary>
/// The channel's away, offline and wait messages through translators' tools (L1): XLIFF 2.0 out, a translated file
/// back in, checked like a chatflow's (unknown units and unreadable files refused with their lines, all or nothing).
/// The channel's own, not part of a chatflow's export: every chatflow shares these three messages.
/// </summary>
[Authorize(Policy = Permissions.ManageChannel)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
public sealed class XliffModel(ChannelSettingsStore store, ChannelLanguages languages, XliffImport xliff, TextCatalog catalog, EditorTexts words) : PageModel
{
    /// <summary>Three messages of at most 1,000 characters each need far less; the bound keeps uploads small.</summary>
    public const int MaxUploadBytes = 256 * 1024;

    /// <summary>The language to export into.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    /// <summary>The channel version the editor opened, so an import never overwrites a save made since.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public EditorTexts Words => words;

    /// <summary>Why an uploaded file was refused, line by line.</summary>
    public IReadOnlyList<XliffError> ImportErrors { get; private set; } = [];

    /// <summary>The channel's messages as XLIFF, from the site's base language into <see cref="Lang"/>, with what is translated already as targets.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var site = await languages.ReadAsync(cancellationToken);
        if (Lang is null || Lang == site.Base || !catalog.Has(Lang))
        {
            return NotFound();
        }

        var availability = (await store.GetAsync(cancellationToken)).Settings.Availability;
        var file = Xliff.Write("channel", site.Base, Lang, AvailabilityTexts.Of(availability), AvailabilityTexts.TranslatedInto(availability, Lang));
        return File(Encoding.UTF8.GetBytes(file), "application/xliff+xml", $"channel.{Lang}.xlf");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return Refused(new XliffError(0, ValidationTexts.XliffNoFile()));
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var document = Xliff.Read(reader);
        var site = await languages.ReadAsync(cancellationToken);
        var current = await store.GetAsync(cancellationToken);
        var (texts, errors) = xliff.Check(document, site.Base, AvailabilityTexts.Of(current.Settings.Availability), ValidationTexts.XliffUnknownChannelUnit);
        if (errors.Count > 0)
        {
            return Refused([.. errors]);
        }

        var language = XliffImport.TargetOf(document);
        var settings = current.Settings with { Availability = AvailabilityTexts.With(current.Settings.Availability, language, texts) };
        var saved = await store.SaveAsync(settings, Version, cancellationToken);
        if (!saved.Succeeded)
        {
            return Refused(saved.IsConflict
                ? [new XliffError(0, ValidationTexts.ChannelConflict())]
                : [.. saved.Errors.Select(e => new XliffError(0, words.Of(e)))]);
        }

        TempData["Notice"] = words.Of(ValidationTexts.ChannelImported(texts.Count, language));
        return Redirect(this.AdminUrl($"/channel#translation-{Uri.EscapeDataString(language)}"));
    }

    private PageResult Refused(params XliffError[] errors)
    {
        ImportErrors = errors;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
