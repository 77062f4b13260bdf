using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Chatflows.Core.Text;

/// <summary>
/// Personalised bot texts (B7) in Liquid, sandboxed: no includes or file access, bounded steps,
/// recursion and ranges, every value a template builds (capture, assign, filter results) bounded, bounded output.
/// One parser for the app, parsed templates cached, a new context per render.
/// Output is plain text (never HTML); whoever shows it encodes it.
/// </summary>
public sealed class MessageTemplates
{
    /// <summary>Longest text a template may produce; more is cut, so a loop cannot flood a conversation.</summary>
    public const int MaxOutputLength = 4000;

    /// <summary>What an unknown name stands for in the trial render at publish: a long answer a visitor might give.</summary>
    private static readonly StringValue TrialValue = new(new string('x', 200));

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

        // A loop of appends, captures or assigns doubles a string each turn: every value is measured as it is made.
        BoundedFilters.Install(_options);
        _options.Assigned = (name, value, _) => new ValueTask<FluidValue>(ValueBudget.Ensure(value, $"The value of '{name}'"));
    }

    /// <summary>
    /// Null when <paramref name="text"/> is valid Liquid that renders within its limits; otherwise what is wrong,
    /// for the builder (B4) and publish. The trial render fills every unknown name with a long sample answer.
    /// </summary>
    public string? Check(string text)
    {
        if (!TryGet(text, out var template, out var error))
        {
            return error;
        }

        var context = NewContext(new MessageTemplateModel(
            new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>()));
        context.Undefined = _ => new ValueTask<FluidValue>(TrialValue);
        return Run(template, context, out _);
    }

    /// <summary>Renders <paramref name="text"/>; a text that cannot be parsed or rendered within its limits yields null.</summary>
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

        return Run(template, NewContext(model), out var output) is null ? output : null;
    }

    /// <summary>Renders into a bounded writer; returns why the render failed, or null.</summary>
    private static string? Run(IFluidTemplate template, TemplateContext context, out string output)
    {
        using var writer = new BoundedWriter(MaxOutputLength);
        string? problem = null;
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
        catch (TemplateLimitException exception)
        {
            problem = exception.Message;
        }
        catch (InvalidOperationException exception)
        {
            problem = exception.Message; // step or recursion limit: a runaway template
        }

        output = writer.ToString();
        return problem;
    }

    private TemplateContext NewContext(MessageTemplateModel model)
    {
        var context = new TemplateContext(_options);
        context.SetValue("contact", AsObjects(model.Contact));
        context.SetValue("company", AsObjects(model.Company));
        context.SetValue("vars", AsObjects(model.Variables));
        context.SetValue("chat", new Dictionary<string, object> { ["name"] = model.ChatName });
        return context;
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

        template = new BoundedCaptureRewriter().VisitTemplate(template);
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
