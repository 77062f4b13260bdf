using System.Globalization;

namespace Chatflows.Channel;

/// <summary>
/// How visible an accent colour is (W1). The widget picks black or white text on the accent itself,
/// so text stays readable; what an editor can get wrong is a launcher that vanishes into a white page.
/// </summary>
public static class AccentContrast
{
    /// <summary>WCAG 2.2 SC 1.4.11: user-interface components need 3:1 against what surrounds them.</summary>
    public const double Minimum = 3.0;

    /// <summary>The contrast ratio of <paramref name="hex"/> (<c>#rrggbb</c>) against white, or null when it is not such a colour.</summary>
    public static double? AgainstWhite(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }

        var luminance = 0.2126 * Linear(rgb >> 16) + 0.7152 * Linear((rgb >> 8) & 0xFF) + 0.0722 * Linear(rgb & 0xFF);
        return 1.05 / (luminance + 0.05);
    }

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
