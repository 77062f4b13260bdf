using System.Globalization;

namespace Chatflows.Analytics;

/// <summary>A language the analytics can be narrowed to: its tag and, where .NET knows it, its own name.</summary>
public sealed record LanguageChoice(string Code)
{
    /// <summary>"nl — Nederlands"; the bare tag when .NET has no culture of that name.</summary>
    public string Label
    {
        get
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(Code, predefinedOnly: true);
                return $"{Code} — {culture.NativeName}";
            }
            catch (CultureNotFoundException)
            {
                return Code;
            }
        }
    }
}
