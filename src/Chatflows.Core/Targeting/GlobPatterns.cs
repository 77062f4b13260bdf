using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Chatflows.Core.Targeting;

/// <summary>
/// Compiles "matches pattern" globs to regular expressions and keeps them, because the same few patterns
/// are tested on every page view. Editors' text never becomes regex syntax: every character but
/// <c>*</c> and <c>?</c> is escaped.
/// </summary>
internal sealed class GlobPatterns
{
    // Enough for every pattern of a large site; clearing when full keeps memory bounded without LRU bookkeeping.
    private const int Capacity = 1024;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<string, Regex> _cache = new(StringComparer.Ordinal);

    /// <summary>Whether the whole of <paramref name="input"/> matches; a match that runs out of time is no match.</summary>
    public bool IsMatch(string pattern, string input)
    {
        if (!_cache.TryGetValue(pattern, out var regex))
        {
            if (_cache.Count >= Capacity)
            {
                _cache.Clear();
            }

            regex = _cache.GetOrAdd(pattern, Compile);
        }

        return TryMatch(regex, input);
    }

    private static bool TryMatch(Regex regex, string input)
    {
        try
        {
            return regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // NonBacktracking runs in time linear in the input, so "*a*a*a*…" cannot blow up; the timeout stays
    // as a second line of defence. Singleline lets '*' cross a decoded newline.
    private static Regex Compile(string glob)
    {
        var regex = new StringBuilder(@"\A", glob.Length + 8);
        for (var i = 0; i < glob.Length; i++)
        {
            switch (glob[i])
            {
                case '*' when i > 0 && glob[i - 1] == '*':
                    break;
                case '*':
                    regex.Append(".*");
                    break;
                case '?':
                    regex.Append('.');
                    break;
                default:
                    regex.Append(Regex.Escape(glob[i].ToString()));
                    break;
            }
        }

        regex.Append(@"\z");
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.Singleline;
        var compiled = new Regex(regex.ToString(), options, MatchTimeout);

        // The timeout also counts the engine's one-off start-up (JIT, lazy automaton), which on a busy
        // machine can exceed 50 ms and turn a real match into "no match"; pay it here, where the result
        // does not matter.
        _ = TryMatch(compiled, glob);
        return compiled;
    }
}
