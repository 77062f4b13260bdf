using Microsoft.Extensions.FileProviders;

namespace Chatflows.Host.Theming;

/// <summary>The demo company's public pages: the pages targeting rules will show bots on.</summary>
public static class DemoSiteEndpoints
{
    public static WebApplication MapDemoSite(this WebApplication app)
    {
        var theme = app.Services.GetRequiredService<LiquidTheme>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(theme.Folder, "assets")),
            RequestPath = "/theme",
        });

        app.MapGet("/", () => Page(theme, "pages/home", "Bookkeeping that keeps up with you", "/"));
        app.MapGet("/pricing", () => Page(theme, "pages/pricing", "Pricing", "/pricing"));
        app.MapGet("/blog", () => Page(theme, "pages/blog", "Blog", "/blog"));
        app.MapGet("/blog/{slug}", (string slug) => theme.Manifest.Posts.FirstOrDefault(p => p.Slug == slug) is { } post
            ? Page(theme, "pages/post", post.Title, $"/blog/{slug}", new Dictionary<string, object> { ["post"] = post, ["body_template"] = $"posts/{slug}" })
            : NotFound(theme, $"/blog/{slug}"));
        app.MapHelpPages(theme);
        app.MapGet("/contact", () => Page(theme, "pages/contact", "Contact", "/contact"));
        app.MapGet("/privacy", () => Page(theme, "pages/privacy", "Privacy policy", "/privacy"));
        app.MapFallback(async (HttpContext context) => IsModulePath(context.Request.Path)
            ? Results.NotFound()
            : await NotFound(theme, context.Request.Path));
        return app;
    }

    internal static async Task<IResult> Page(LiquidTheme theme, string template, string title, string path, Dictionary<string, object>? values = null)
    {
        if (values?.GetValueOrDefault("body_template") is string body)
        {
            values["body"] = await theme.RenderFragmentAsync(body);
        }

        return Results.Content(await theme.RenderPageAsync(template, title, path, values), "text/html; charset=utf-8");
    }

    internal static async Task<IResult> NotFound(LiquidTheme theme, string path) =>
        Results.Content(await theme.RenderPageAsync("pages/not-found", "Page not found", path), "text/html; charset=utf-8", statusCode: 404);

    private static bool IsModulePath(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/chatflows");
}
