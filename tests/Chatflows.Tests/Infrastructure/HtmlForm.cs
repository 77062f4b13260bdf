using System.Net;
using System.Text.RegularExpressions;

namespace Chatflows.Tests.Infrastructure;

/// <summary>What a browser would post from a form: every named input, checked box, textarea and selected option.</summary>
public static partial class HtmlForm
{
    /// <param name="formStart">Text that starts the wanted form tag, e.g. <c>&lt;form method="post" id="cf-builder"</c>; the first post form otherwise.</param>
    public static Dictionary<string, string> Fields(string html, string formStart = "<form method=\"post\"")
    {
        var start = html.IndexOf(formStart, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No form starting with {formStart}.");
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTag().Matches(form))
        {
            var tag = input.Value;
            var name = WebUtility.HtmlDecode(Attribute(tag, "name") ?? "");
            var type = Attribute(tag, "type");
            if (name.Length == 0 || type == "submit" || (type == "checkbox" && !tag.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields[name] = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
        }

        foreach (Match area in TextArea().Matches(form))
        {
            fields[WebUtility.HtmlDecode(area.Groups[1].Value)] = WebUtility.HtmlDecode(area.Groups[2].Value);
        }

        foreach (Match select in Select().Matches(form))
        {
            var selected = SelectedOption().Match(select.Groups[2].Value);
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : "";
        }

        fields["__RequestVerificationToken"] = Antiforgery.TokenOf(html);
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<select\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option value=\"([^\"]*)\" selected=\"selected\"")]
    private static partial Regex SelectedOption();

}
