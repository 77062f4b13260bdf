using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using Chatflows.Core.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Chatflows.Areas.Admin;

/// <summary>
/// The editor's language for the admin's validation messages: the first language of the request's
/// Accept-Language the texts catalog has, else English. Read here, for our admin pages only: the host's request
/// localization and the thread's culture are the host's (DESIGN "A guest in someone else's site").
/// </summary>
public sealed class EditorTexts(IHttpContextAccessor accessor, TextCatalog catalog)
{
    private LanguageTexts? _texts;

    /// <summary>The texts of the editor's language, English filling what it lacks.</summary>
    public LanguageTexts Texts => _texts ??= catalog.For(Pick(accessor.HttpContext?.Request.Headers.AcceptLanguage.ToString()));

    /// <summary>A finding's message in the editor's language.</summary>
    public string Of(FlowFinding finding) => finding.MessageIn(Texts);

    /// <summary>A message by key in the editor's language.</summary>
    public string Of(TextMessage message) => message.In(Texts);

    /// <summary>A field error's message in the editor's language.</summary>
    public string Of(FieldError error) => error.MessageIn(Texts);

    private string? Pick(string? acceptLanguage)
    {
        if (string.IsNullOrEmpty(acceptLanguage) || !StringWithQualityHeaderValue.TryParseList([acceptLanguage], out var ranges))
        {
            return null;
        }

        // Highest quality first; among equals the header's order (OrderByDescending is stable).
        return ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1)
            .Select(r => catalog.Find(r.Value.Value)).FirstOrDefault(code => code is not null);
    }
}
