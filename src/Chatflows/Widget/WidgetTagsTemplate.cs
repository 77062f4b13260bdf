using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Chatflows.Widget;

/// <summary>
/// The Liquid template of what the module puts into the site's pages (<c>Widget/Templates/WidgetTags.liquid</c>,
/// shipped inside the assembly), or the site theme's own file named by <c>Chatflows:Widget:TagsTemplate</c>.
/// Rendered once per path base and kind of page; the nonce, the only part that differs per answer, is left as
/// gaps the middleware fills.
/// </summary>
internal sealed class WidgetTagsTemplate(IOptions<WidgetInjectionOptions> options, IHostEnvironment environment)
{
    // Alphanumeric, so HTML encoding leaves it as it is; a page never asks for it.
    private const string NonceMarker = "cfNonceGap7Q2x";

    private readonly Lazy<IFluidTemplate> _template = new(() => Parse(options.Value, environment));

    /// <param name="bootstrap">The bootstrap script for a nonce (empty when the page has none).</param>
    /// <param name="continueOnly">For a page no chatflow targets: the tags only carry on a chat the tab started.</param>
    public WidgetTags Render(string pathBase, string loaderUrl, string widgetUrl, bool continueOnly, Func<string, string> bootstrap) => new(
        pathBase,
        [.. Render("nonce", NonceMarker, loaderUrl, widgetUrl, continueOnly, bootstrap(NonceMarker)).Split(NonceMarker).Select(Encoding.UTF8.GetBytes)],
        Encoding.UTF8.GetBytes(Render("inline", "", loaderUrl, widgetUrl, continueOnly, bootstrap(""))),
        Encoding.UTF8.GetBytes(Render("tag", "", loaderUrl, widgetUrl, continueOnly, "")));

    private string Render(string kind, string nonce, string loaderUrl, string widgetUrl, bool continueOnly, string bootstrap)
    {
        var context = new TemplateContext(new TemplateOptions { MaxSteps = 10_000, MaxRecursion = 10 });
        context.SetValue("kind", kind);
        context.SetValue("continue_only", continueOnly);
        context.SetValue("nonce", nonce);
        context.SetValue("bootstrap", bootstrap);
        context.SetValue("loader_url", loaderUrl);
        context.SetValue("widget_url", widgetUrl);
        context.SetValue("chat_url", options.Value.NoScriptChatUrl ?? "");
        return _template.Value.Render(context, HtmlEncoder.Default);
    }

    private static IFluidTemplate Parse(WidgetInjectionOptions options, IHostEnvironment environment)
    {
        string text;
        if (options.TagsTemplate is { Length: > 0 } file)
        {
            text = File.ReadAllText(Path.Combine(environment.ContentRootPath, file));
        }
        else
        {
            using var shipped = typeof(WidgetTagsTemplate).Assembly.GetManifestResourceStream("ChatflowsTemplates/WidgetTags.liquid")!;
            using var reader = new StreamReader(shipped);
            text = reader.ReadToEnd();
        }

        return new FluidParser().TryParse(text, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Chatflows: the widget tags template {options.TagsTemplate ?? "(shipped)"} does not parse: {error}");
    }
}
