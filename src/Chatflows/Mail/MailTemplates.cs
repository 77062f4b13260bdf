using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;

namespace Chatflows.Mail;

/// <summary>
/// Renders a mail with Fluid: the kind's texts first (plain text, Liquid over the model), then the kind's
/// body template and the layout, once as HTML (every value HTML-encoded) and once as plain text. One
/// parser, parsed templates cached by their text, a new context per render, bounded steps.
/// </summary>
public sealed class MailTemplates(MailTemplateFiles files, MailTexts texts)
{
    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new() { MaxSteps = 100_000, MaxRecursion = 20 };
    private readonly ConcurrentDictionary<string, IFluidTemplate> _cache = new(StringComparer.Ordinal);

    public async Task<RenderedMail> RenderAsync(string kind, string language, JsonObject model, MailChannel channel)
    {
        var values = Plain(model);
        var words = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (part, source) in texts.For(kind, language))
        {
            words[part] = await RenderTextAsync(source, values, channel, words: null, NullEncoder.Default);
        }

        var subject = words.TryGetValue("subject", out var s) ? (string)s : kind;
        var html = await RenderFileAsync($"{kind}.html.liquid", values, channel, words, HtmlEncoder.Default);
        var text = await RenderFileAsync($"{kind}.txt.liquid", values, channel, words, NullEncoder.Default);
        html = await RenderFileAsync("layout.html.liquid", values, channel, words, HtmlEncoder.Default, html);
        text = await RenderFileAsync("layout.txt.liquid", values, channel, words, NullEncoder.Default, text);
        return new RenderedMail(subject, html, text);
    }

    private async Task<string> RenderFileAsync(
        string name, Dictionary<string, object> model, MailChannel channel, Dictionary<string, object> words, TextEncoder encoder, string? body = null)
    {
        // meeting-booked.html.liquid, else meeting.html.liquid: a family shares a body unless a kind has its own.
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var source = files.Read(name) ?? (dash > 0 ? files.Read(name[..dash] + name[name.IndexOf('.', StringComparison.Ordinal)..]) : null)
            ?? throw new InvalidOperationException($"The mail template '{name}' is missing.");
        return await RenderTextAsync(source, model, channel, words, encoder, body);
    }

    private async Task<string> RenderTextAsync(
        string source, Dictionary<string, object> model, MailChannel channel, Dictionary<string, object>? words, TextEncoder encoder, string? body = null)
    {
        var template = _cache.GetOrAdd(source, Parse);
        var context = new TemplateContext(_options);
        context.SetValue("model", model);
        context.SetValue("channel", new Dictionary<string, object> { ["name"] = channel.Name, ["accent"] = channel.AccentColor });
        if (words is not null)
        {
            context.SetValue("t", words);
        }

        if (body is not null)
        {
            // The body was rendered (and encoded) by the kind's template; the layout places it as it is.
            context.SetValue("body", new StringValue(body, encode: false));
        }

        return await template.RenderAsync(context, encoder);
    }

    private IFluidTemplate Parse(string source) =>
        _parser.TryParse(source, out var template, out var error) ? template : throw new InvalidOperationException($"A mail template does not parse: {error}");

    /// <summary>JSON as the dictionaries, lists and strings Fluid reads; JSON null stays nil, so <c>{% if %}</c> reads it as false.</summary>
    private static Dictionary<string, object> Plain(JsonObject json)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in json)
        {
            if (Plain(value) is { } plain)
            {
                result[key] = plain;
            }
        }

        return result;
    }

    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => Plain(o),
        JsonArray a => a.Select(Plain).OfType<object>().ToList(),
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v => v.ToString(),
        _ => null,
    };
}
