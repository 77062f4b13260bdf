using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;

namespace Chatflows.Core.Text;

/// <summary>
/// Personalised bot texts (B7) in Liquid, sandboxed: no includes or file access, bounded steps,
/// recursion and ranges, bounded output. One parser for the app, parsed templates cached, a new context per render.
/// Output is plain text (never HTML); whoever shows it encodes it.
/// </summary>
public sealed class MessageTemplates
{
    /// <summary>Longest text a template may produce; more is cut, so a loop cannot flood a conversation.</summary>
    public const int MaxOutputLength = 4000;

    private const int MaxCachedTemplates = 10_000;

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new() { MaxSteps = 10_000, MaxRecursion = 10 };
    private readonly ConcurrentDictionary<string, IFluidTemplate> _cache = new(StringComparer.Ordinal);

    public MessageTemplates()
    {
        // Editors' texts must not reach files or other templates.
        _parser.RegisteredTags.Remove("include");
        _parser.RegisteredTags.Remove("render");
        _parser.RegisteredTags.Remove("layout");
        _parser.RegisteredTags.Remove("section");
        _parser.RegisteredTags.Remove("renderbody");

        // Filters that can grow a string are capped, so a loop of appends cannot exhaust memory.
        foreach (var name in GrowingFilters)
        {
            if (_options.Filters.TryGetValue(name, out var original))
            {
                _options.Filters.AddFilter(name, async (input, arguments, context) =>
                {
                    var result = await original(input, arguments, context);
                    var text = result.ToStringValue();
                    return text.Length > MaxOutputLength ? new Fluid.Values.StringValue(text[..MaxOutputLength]) : result;
                });
            }
        }
    }

    private static readonly string[] GrowingFilters = ["append", "prepend", "replace", "replace_first", "join", "concat", "times"];

    /// <summary>Null when <paramref name="text"/> is valid Liquid; otherwise what is wrong, for the builder (B4).</summary>
    public string? Check(string text) => TryGet(text, out _, out var error) ? null : error;

    /// <summary>Renders <paramref name="text"/>; a text that cannot be parsed or rendered yields null.</summary>
    public string? Render(string text, MessageTemplateModel model)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text; // most texts are plain: no parse, no allocation
        }

        if (!TryGet(text, out var template, out _))
        {
            return null;
        }

        var context = new TemplateContext(_options);
        context.SetValue("contact", AsObjects(model.Contact));
        context.SetValue("company", AsObjects(model.Company));
        context.SetValue("vars", AsObjects(model.Variables));
        context.SetValue("chat", new Dictionary<string, object> { ["name"] = model.ChatName });
        using var writer = new BoundedWriter(MaxOutputLength);
        try
        {
            var rendering = template.RenderAsync(writer, NullEncoder.Default, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (BoundedWriter.FullException)
        {
            // Enough text: keep what fits.
        }
        catch (InvalidOperationException)
        {
            return null; // step or recursion limit: a runaway template
        }

        return writer.ToString();
    }

    private bool TryGet(string text, out IFluidTemplate template, out string? error)
    {
        if (_cache.TryGetValue(text, out template!))
        {
            error = null;
            return true;
        }

        if (!_parser.TryParse(text, out template, out error))
        {
            return false;
        }

        if (RangeCheck.Problem(template) is { } problem)
        {
            error = problem;
            return false;
        }

        if (_cache.Count >= MaxCachedTemplates)
        {
            _cache.Clear(); // bounded memory beats a perfect hit rate
        }

        _cache[text] = template;
        return true;
    }

    private static Dictionary<string, object> AsObjects(IReadOnlyDictionary<string, string> values)
    {
        var result = new Dictionary<string, object>(values.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in values)
        {
            result[key] = value;
        }

        return result;
    }
}
