using System.Text.Encodings.Web;
using System.Text.Json;
using Chatflows.KnowledgeBase;
using Chatflows.KnowledgeBase.Search;
using Fluid;

namespace Chatflows.Host.Theming;

/// <summary>
/// Renders the demo site's pages from the theme folder's Liquid templates. Templates are parsed once at
/// start (one parser for the app); each render gets a fresh context, and output is HTML-encoded unless a
/// template says <c>| raw</c>.
/// </summary>
public sealed class LiquidTheme
{
    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options = new() { MaxSteps = 100_000, MaxRecursion = 20 };

    public LiquidTheme(string folder)
    {
        Folder = folder;
        Manifest = JsonSerializer.Deserialize<ThemeManifest>(
            File.ReadAllText(Path.Combine(folder, "theme.json")), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{folder}/theme.json is empty.");
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        _options.MemberAccessStrategy.Register<SiteInfo>();
        _options.MemberAccessStrategy.Register<NavLink>();
        _options.MemberAccessStrategy.Register<PostInfo>();
        _options.MemberAccessStrategy.Register<HelpCategory>();
        _options.MemberAccessStrategy.Register<ArticleLink>();
        _options.MemberAccessStrategy.Register<PublishedArticle>();
        _options.MemberAccessStrategy.Register<KnowledgeSearchResult>();

        var parser = new FluidParser();
        foreach (var file in Directory.EnumerateFiles(folder, "*.liquid", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, file)[..^".liquid".Length].Replace('\\', '/');
            if (!parser.TryParse(File.ReadAllText(file), out var template, out var error))
            {
                throw new InvalidOperationException($"Theme template {name}: {error}");
            }

            _templates[name] = template;
        }
    }

    public string Folder { get; }

    public ThemeManifest Manifest { get; }

    public bool Has(string template) => _templates.ContainsKey(template);

    /// <summary>Renders <paramref name="template"/> inside <c>layout</c>, with <c>site</c>, <c>page</c> and the given values.</summary>
    public async Task<string> RenderPageAsync(string template, string title, string path, IReadOnlyDictionary<string, object>? values = null)
    {
        var context = NewContext();
        context.SetValue("page", new Dictionary<string, object> { ["title"] = title, ["path"] = path });
        foreach (var (key, value) in values ?? new Dictionary<string, object>())
        {
            context.SetValue(key, value);
        }

        context.SetValue("content", await _templates[template].RenderAsync(context, HtmlEncoder.Default));
        return await _templates["layout"].RenderAsync(context, HtmlEncoder.Default);
    }

    /// <summary>Renders a template on its own (e.g. a blog post's body) with only <c>site</c> and <c>posts</c>.</summary>
    public ValueTask<string> RenderFragmentAsync(string template) =>
        _templates[template].RenderAsync(NewContext(), HtmlEncoder.Default);

    private TemplateContext NewContext()
    {
        var context = new TemplateContext(_options);
        context.SetValue("site", Manifest.Site);
        context.SetValue("posts", Manifest.Posts);
        return context;
    }
}
