using Chatflows.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.FileProviders;

namespace Chatflows.Areas.Admin;

internal static class AdminAssetEndpoints
{
    /// <summary>
    /// The admin's style sheet and scripts, embedded in the assembly so the module works in any host. An endpoint,
    /// not middleware, so the site's authorization (a fallback policy, wherever it sits) sees it as anonymous.
    /// </summary>
    public static IEndpointConventionBuilder MapChatflowsAssets(this IEndpointRouteBuilder endpoints)
    {
        var files = endpoints.CreateApplicationBuilder();
        // Static files serve only requests no endpoint has claimed; this endpoint hands the request over to them.
        files.Use((context, next) =>
        {
            context.SetEndpoint(null);
            return next(context);
        });
        files.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(AdminAssetEndpoints).Assembly, "Assets"),
            RequestPath = ModulePaths.Assets,
        });
        return endpoints.MapMethods(ModulePaths.Assets + "/{**file}", [HttpMethods.Get, HttpMethods.Head], files.Build())
            .WithDisplayName("Chatflows admin assets");
    }
}
