using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Chatflows.Channel;

/// <summary>How every stored avatar is served: under a URL that names its content, so it is cached for a year and never stale.</summary>
internal static class AvatarResponse
{
    public static FileContentHttpResult Serve(HttpContext context, string contentType, byte[] content)
    {
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        // Embedding sites show it in their pages: allow it cross-origin, and never as a document.
        context.Response.Headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.File(content, contentType);
    }
}
