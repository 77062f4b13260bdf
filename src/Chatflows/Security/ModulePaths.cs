using Microsoft.AspNetCore.Http;

namespace Chatflows.Security;

/// <summary>
/// The paths the module owns: its admin (configurable), <c>/chatflows</c> (visitor API, widget, assets, OpenAPI,
/// health). Error pages, security headers and CSP apply here and nowhere else (DESIGN "A guest in someone else's site").
/// </summary>
internal static class ModulePaths
{
    public const string Root = "/chatflows";

    public const string Health = "/chatflows/health";

    /// <summary>The tag of the module's health checks; its health endpoint reports those only.</summary>
    public const string HealthTag = "chatflows";

    public const string Assets = "/chatflows/assets";

    /// <summary>The visitor API's OpenAPI document; its name keeps it apart from a site's own <c>v1</c> document.</summary>
    public const string OpenApiDocument = "chatflows";

    public const string OpenApiPattern = Visitors.VisitorRoutes.Prefix + "/openapi/{documentName:regex(^chatflows$)}.json";

    public const string OpenApiUrl = Visitors.VisitorRoutes.Prefix + "/openapi/chatflows.json";

    public static bool IsModulePath(PathString path, string adminPath) =>
        path.StartsWithSegments(adminPath, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
