using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Chatflows.Widget;

/// <summary>
/// Serves the built widget, precompressed: fingerprinted files are cached for a year, and the stable
/// <c>/chatflows/embed.js</c> (the embed snippet's address, W9) for five minutes so a new release reaches
/// other sites quickly.
/// </summary>
public static class WidgetEndpoints
{
    private const string JavaScript = "text/javascript; charset=utf-8";

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/chatflows/widget/{file}", GetFile).WithName("GetWidgetFile").ExcludeFromDescription();
        endpoints.MapGet("/chatflows/embed.js", GetEmbed).WithName("GetWidgetEmbed").ExcludeFromDescription();
        return endpoints;
    }

    internal static Results<FileContentHttpResult, NotFound> GetFile(string file, HttpContext context, WidgetAssets assets) =>
        file.EndsWith(".js", StringComparison.Ordinal) && assets.Find(file) is not null
            ? Serve(context, assets, file, "public, max-age=31536000, immutable")
            : TypedResults.NotFound();

    internal static FileContentHttpResult GetEmbed(HttpContext context, WidgetAssets assets) =>
        Serve(context, assets, assets.LoaderFile, "public, max-age=300");

    private static FileContentHttpResult Serve(HttpContext context, WidgetAssets assets, string file, string cacheControl)
    {
        var (bytes, encoding) = Pick(context.Request.Headers.AcceptEncoding.ToString(), assets, file);
        var headers = context.Response.Headers;
        headers.CacheControl = cacheControl;
        headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding); // after CORS's Vary: Origin
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return TypedResults.File(bytes, JavaScript);
    }

    // Brotli is smallest, gzip is understood by everything else; "q=0" means the client refuses it.
    private static (byte[] Bytes, string? Encoding) Pick(string acceptEncoding, WidgetAssets assets, string file)
    {
        var accepted = acceptEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => StringWithQualityHeaderValue.TryParse(item, out var value) && value.Quality is not 0 ? value.Value.Value : null)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (accepted.Contains("br") && assets.Find(file + ".br") is { } brotli)
        {
            return (brotli, "br");
        }

        return accepted.Contains("gzip") && assets.Find(file + ".gz") is { } gzip ? (gzip, "gzip") : (assets.Find(file)!, null);
    }
}
