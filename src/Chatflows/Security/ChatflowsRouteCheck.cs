using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Security;

/// <summary>
/// Stops the site at start when one of its routes lies under a path the module owns (its admin path or
/// <c>/chatflows</c>), with a message saying what to change, rather than letting one of the two answer by chance.
/// Runs once the site's whole pipeline and every route are known.
/// </summary>
internal sealed class ChatflowsRouteCheck(IOptions<ChatflowsOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        var modulePages = new RazorCompiledItemLoader().LoadItems(typeof(ChatflowsRouteCheck).Assembly)
            .Select(item => item.Identifier).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var adminPath = options.Value.Admin.Path;
        var mapped = false;
        foreach (var endpoint in app.ApplicationServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (IsModules(endpoint, modulePages))
            {
                mapped = true;
                continue;
            }

            if (Literal(endpoint.RoutePattern) is { } path && (Under(path, adminPath) || Under(path, ModulePaths.Root)))
            {
                var owned = Under(path, adminPath) ? $"the Chatflows admin path {adminPath}" : $"{ModulePaths.Root}, which Chatflows owns";
                throw new InvalidOperationException(
                    $"Chatflows: the site's route /{endpoint.RoutePattern.RawText?.TrimStart('/')} ({endpoint.DisplayName}) lies under {owned}. " +
                    "Move the Chatflows admin with the setting Chatflows:Admin:Path (for example \"/chatflows-admin\"), or move the site's route.");
            }
        }

        if (!mapped)
        {
            throw new InvalidOperationException(
                "Chatflows: AddChatflows() was called but MapChatflows() was not. Call app.MapChatflows() after builder.Build(), before app.Run().");
        }
    };

    private static bool IsModules(RouteEndpoint endpoint, HashSet<string> modulePages) =>
        endpoint.Metadata.GetMetadata<ChatflowsEndpoint>() is not null
        || endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page && modulePages.Contains(page.RelativePath);

    private static bool Under(string path, string prefix) => new PathString(path).StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The literal start of a route as a path: literal segments, and parameters an MVC conventional route fixes
    /// (<c>{controller=Home}</c> of <c>AdminController</c> is <c>/Admin</c>); stops at the first free parameter.
    /// </summary>
    private static string? Literal(RoutePattern pattern)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            if (segment.Parts is [RoutePatternLiteralPart literal])
            {
                segments.Add(literal.Content);
            }
            else if (segment.Parts is [RoutePatternParameterPart parameter]
                && pattern.RequiredValues.TryGetValue(parameter.Name, out var value) && value is string { Length: > 0 } fixedValue)
            {
                segments.Add(fixedValue);
            }
            else
            {
                break;
            }
        }

        return segments.Count == 0 ? null : "/" + string.Join('/', segments);
    }
}
