using Chatflows.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors.OpenApi;

internal static class VisitorOpenApiServiceCollectionExtensions
{
    /// <summary>
    /// The visitor API's own OpenAPI document (a site's default <c>v1</c> document stays the site's), told in full:
    /// the signed visitor header, every status with its problem body, request constraints and examples. A contract
    /// test sends requests generated from it, so the document and the code cannot drift.
    /// </summary>
    public static IServiceCollection AddVisitorOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(ModulePaths.OpenApiDocument, openApi =>
        {
            openApi.ShouldInclude = api => api.GroupName == ModulePaths.OpenApiDocument;
            openApi.AddDocumentTransformer<VisitorDocumentTransformer>();
            openApi.AddSchemaTransformer<VisitorSchemaTransformer>();
            openApi.AddOperationTransformer<VisitorOperationTransformer>();
        });
}
