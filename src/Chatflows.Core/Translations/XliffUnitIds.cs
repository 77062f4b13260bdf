using System.Globalization;
using System.Text;

namespace Chatflows.Core.Translations;

/// <summary>
/// Text keys as XLIFF unit ids, which are XML name tokens: letters, digits, '.' and '-' stay, every other UTF-8
/// byte (spaces and '_' in quick-reply values too) becomes <c>_XX</c>. Reversible, so an import finds its text again.
/// </summary>
public static class XliffUnitIds
{
    public static string Encode(string key)
    {
        var id = new StringBuilder(key.Length);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            if (b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-')
            {
                id.Append((char)b);
            }
            else
            {
                id.Append('_').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return id.ToString();
    }

    /// <summary>The key of <paramref name="id"/>; null when it is not one <see cref="Encode"/> makes.</summary>
    public static string? Decode(string id)
    {
        var bytes = new List<byte>(id.Length);
        for (var i = 0; i < id.Length; i++)
        {
            if (id[i] != '_')
            {
                if (id[i] > 127)
                {
                    return null;
                }

                bytes.Add((byte)id[i]);
            }
            else if (i + 2 < id.Length && byte.TryParse(id.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                return null;
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
