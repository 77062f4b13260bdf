using System.Text;
using Chatflows.Audit;
using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using Chatflows.Core.Translations;
using Chatflows.Core.Validation;
using Chatflows.Flows;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Areas.Admin.Pages.ChatflowAdmin;

/// <summary>
/// The Translations tab (L1): the base text beside each translation field, one language at a time; languages added
/// and removed; XLIFF 2.0 export and import for translators' tools. A missing text falls back to the base language.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
public sealed class TranslationsModel(
    ChatflowQueries queries, ChatflowStore store, FlowValidator validator, FlowTexts flowTexts, XliffImport xliff, ChatflowTranslations translations,
    Chatflows.KnowledgeBase.KnowledgeBases knowledgeBases)
    : ChatflowPageModel(queries, store, validator)
{
    /// <summary>The largest XLIFF file an editor may upload.</summary>
    public const int MaxUploadBytes = 2 * 1024 * 1024;

    /// <summary>The language shown; null when the chatflow has no translation yet.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    /// <summary>The translated texts on the form, by the text key as an XLIFF unit id (letters, digits, '.', '-', '_': safe in a field name).</summary>
    [BindProperty]
    public Dictionary<string, string> Texts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The knowledge base visitors in <see cref="Lang"/> search (C3, L1); empty for the chatflow's own.</summary>
    [BindProperty]
    public string? KnowledgeBaseId { get; set; }

    /// <summary>The site's knowledge bases to choose from.</summary>
    public IReadOnlyList<Chatflows.KnowledgeBase.KnowledgeBaseRow> KnowledgeBaseChoices { get; private set; } = [];

    public override string Tab => "translations";

    /// <summary>The chatflow's texts in its base language, in builder order.</summary>
    public IReadOnlyList<FlowText> BaseTexts { get; private set; } = [];

    /// <summary>Languages the chatflow could get next: every language the catalog has, a site's own files too, as the validator accepts.</summary>
    public IReadOnlyList<string> Addable => [.. HttpContext.RequestServices.GetRequiredService<TextCatalog>().Languages.Where(l => !Draft.Languages.Contains(l)).Order(StringComparer.Ordinal)];

    /// <summary>Why an uploaded file was refused, line by line.</summary>
    public IReadOnlyList<XliffError> ImportErrors { get; private set; } = [];

    protected override string SavedQuery => Lang is null ? "" : $"?lang={Uri.EscapeDataString(Lang)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(cancellationToken))
        {
            return NotFound();
        }

        Texts = Shown();
        KnowledgeBaseId = Draft.KnowledgeBase.ByLanguage?.GetValueOrDefault(Lang ?? "");
        DraftVersion = Current.DraftVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(cancellationToken) || Lang is null)
        {
            return NotFound();
        }

        // Only the texts the chatflow has: a translation of a removed action or quick reply goes when the form is saved.
        var kept = BaseTexts.Where(t => Texts.TryGetValue(XliffUnitIds.Encode(t.Key), out var value) && !string.IsNullOrWhiteSpace(value))
            .ToDictionary(t => t.Key, t => Texts[XliffUnitIds.Encode(t.Key)], StringComparer.Ordinal);
        var chosen = KnowledgeBaseId?.Trim() is { Length: > 0 } kb ? kb : null;
        if (chosen is not null && !KnowledgeBaseChoices.Any(k => k.Id == chosen))
        {
            ModelState.AddModelError(nameof(KnowledgeBaseId), Words.Of(ValidationTexts.ChooseKnowledgeBase()));
            return Page();
        }

        var byLanguage = new Dictionary<string, string>(Draft.KnowledgeBase.ByLanguage ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (chosen is null)
        {
            byLanguage.Remove(Lang);
        }
        else
        {
            byLanguage[Lang] = chosen;
        }

        return await SaveAsync(Draft with
        {
            Translations = ChatflowTranslations.With(Draft.Translations, Lang, kept),
            KnowledgeBase = Draft.KnowledgeBase with { ByLanguage = byLanguage.Count == 0 ? null : byLanguage },
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(string? language, CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(cancellationToken))
        {
            return NotFound();
        }

        if (language is null || !Addable.Contains(language))
        {
            ModelState.AddModelError("language", Words.Of(ValidationTexts.TranslationsChoose(string.Join(", ", Addable))));
            return Page();
        }

        Lang = language;
        return await SaveAsync(Draft with { Translations = ChatflowTranslations.With(Draft.Translations, language, new Dictionary<string, string>()) }, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(cancellationToken) || Lang is null)
        {
            return NotFound();
        }

        var removed = Draft with { Translations = ChatflowTranslations.With(Draft.Translations, Lang, null) };
        Lang = null;
        return await SaveAsync(removed, cancellationToken);
    }

    /// <summary>The texts as XLIFF 2.0, base language to <see cref="Lang"/>, with what is translated already as targets.</summary>
    public async Task<IActionResult> OnGetXliffAsync(CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(cancellationToken) || Lang is null)
        {
            return NotFound();
        }

        var file = Xliff.Write(Id, Draft.Language, Lang, BaseTexts, Draft.Translations.GetValueOrDefault(Lang));
        return File(Encoding.UTF8.GetBytes(file), "application/xliff+xml", $"{Id}.{Lang}.xlf");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await LoadPageAsync(cancellationToken))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            return Refused(new XliffError(0, ValidationTexts.XliffNoFile()));
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var document = Xliff.Read(reader);
        var (texts, errors) = xliff.Check(document, Draft);
        if (errors.Count > 0)
        {
            return Refused([.. errors]);
        }

        var language = XliffImport.TargetOf(document);
        var result = await translations.ImportAsync(Draft, language, texts, DraftVersion, Editor.From(User), cancellationToken);
        if (result.IsConflict || !result.Succeeded)
        {
            return Refused(result.IsConflict
                ? new XliffError(0, ValidationTexts.TranslationsConflict())
                : new XliffError(0, string.Join(" ", result.Errors.Select(Words.Of))));
        }

        TempData["Notice"] = Words.Of(ValidationTexts.TranslationsImported(texts.Count, language));
        return Redirect(this.AdminUrl($"/chatflows/{Id}/translations?lang={Uri.EscapeDataString(language)}"));
    }

    protected override string? KeyFor(string field) =>
        Lang is not null && field.StartsWith($"translations.{Lang}.", StringComparison.Ordinal) ? $"Texts[{XliffUnitIds.Encode(field[$"translations.{Lang}.".Length..])}]" : null;

    private async Task<bool> LoadPageAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return false;
        }

        BaseTexts = flowTexts.Of(Draft);
        KnowledgeBaseChoices = await knowledgeBases.ListAsync(cancellationToken);
        if (Lang is null || !Draft.Translations.ContainsKey(Lang))
        {
            Lang = Draft.Languages.Skip(1).FirstOrDefault();
        }

        return true;
    }

    private Dictionary<string, string> Shown() =>
        (Draft.Translations.GetValueOrDefault(Lang ?? "") ?? new Dictionary<string, string>()).ToDictionary(t => XliffUnitIds.Encode(t.Key), t => t.Value, StringComparer.Ordinal);

    private PageResult Refused(params XliffError[] errors)
    {
        ImportErrors = errors;
        Texts = Shown();
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
