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
    private const string Immutable = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapWidget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/chatflows/widget/{file}", GetFile).WithName("GetWidgetFile").ExcludeFromDescription();
        endpoints.MapGet("/chatflows/embed.js", GetEmbed).WithName("GetWidgetEmbed").ExcludeFromDescription();
        return endpoints;
    }

    internal static Results<FileContentHttpResult, NotFound> GetFile(string file, HttpContext context, WidgetAssets assets, WidgetTexts texts)
    {
        if (file.EndsWith(".js", StringComparison.Ordinal) && assets.Find(file) is not null)
        {
            return Serve(context, assets.Find, file, JavaScript, Immutable);
        }

        // One language's texts (texts-nl.3f9a1c2b.json), fingerprinted like the scripts.
        return file.EndsWith(".json", StringComparison.Ordinal) && texts.Find(file) is not null
            ? Serve(context, texts.Find, file, "application/json; charset=utf-8", Immutable)
            : TypedResults.NotFound();
    }

    internal static FileContentHttpResult GetEmbed(HttpContext context, WidgetAssets assets) =>
        Serve(context, assets.Find, assets.LoaderFile, JavaScript, "public, max-age=300");

    private static FileContentHttpResult Serve(HttpContext context, Func<string, byte[]?> find, string file, string contentType, string cacheControl)
    {
        var (bytes, encoding) = Pick(context.Request.Headers.AcceptEncoding.ToString(), find, file);
        var headers = context.Response.Headers;
        headers.CacheControl = cacheControl;
        headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding); // after CORS's Vary: Origin
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return TypedResults.File(bytes, contentType);
    }

    // Brotli is smallest, gzip is understood by everything else; "q=0" means the client refuses it.
    private static (byte[] Bytes, string? Encoding) Pick(string acceptEncoding, Func<string, byte[]?> find, string file)
    {
        var accepted = acceptEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => StringWithQualityHeaderValue.TryParse(item, out var value) && value.Quality is not 0 ? value.Value.Value : null)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (accepted.Contains("br") && find(file + ".br") is { } brotli)
        {
            return (brotli, "br");
        }

        return accepted.Contains("gzip") && find(file + ".gz") is { } gzip ? (gzip, "gzip") : (find(file)!, null);
    }
}
