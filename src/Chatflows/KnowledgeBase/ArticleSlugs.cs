using System.Globalization;
using System.Text;

namespace Chatflows.KnowledgeBase;

/// <summary>
/// An address from a title ("Wat kost één factuur?" → <c>wat-kost-een-factuur</c>): the admin suggests it,
/// and the browser script does the same while the editor has not typed a slug of their own.
/// </summary>
public static class ArticleSlugs
{
    public static string FromTitle(string? title, int maxLength = 100)
    {
        var slug = new StringBuilder();
        foreach (var c in (title ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // é → e
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString();
        if (text.Length > maxLength)
        {
            text = text[..maxLength];
        }

        return text.Trim('-');
    }
}
