using System.Text;
using Chatflows.Storage;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Flows;

/// <summary>
/// Readable ids for new chatflows, made from the name ("Pricing bot" → <c>pricing-bot</c>): ids appear in
/// URLs, recipes and analytics, where a slug says more than a GUID.
/// </summary>
public sealed class ChatflowIds(ChatflowsDbContext db)
{
    public async Task<string> NewAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slug(name);
        var taken = await db.Chatflows.Where(c => c.Id == slug || c.Id.StartsWith(slug + "-")).Select(c => c.Id).ToListAsync(cancellationToken);
        if (!taken.Contains(slug))
        {
            return slug;
        }

        var n = 2;
        while (taken.Contains($"{slug}-{n}"))
        {
            n++;
        }

        return $"{slug}-{n}";
    }

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or '/')
            {
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length > 48 ? slug[..48].TrimEnd('-') : slug;
        return slug.Length == 0 ? "chatflow" : slug;
    }
}
