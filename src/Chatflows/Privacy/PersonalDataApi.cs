using Chatflows.Security;
using Chatflows.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chatflows.Privacy;

/// <summary>
/// The right of access as an admin endpoint (docs/privacy.md): everything stored about a contact, or about a
/// visitor id that never became a contact, as one JSON file. Signed-in users with <c>ManageContacts</c> only.
/// </summary>
public static class PersonalDataApi
{
    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/personal-data").RequireAuthorization(Permissions.ManageContacts).ExcludeFromDescription();
        api.MapGet("/contacts/{id:long}", ContactAsync).WithName("ExportContact");
        api.MapGet("/visitors/{visitorId}", VisitorAsync).WithName("ExportVisitor");
        return endpoints;
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ContactAsync(
        long id, HttpContext context, PersonalDataExport export, CancellationToken cancellationToken) =>
        File(context, await export.OfContactAsync(id, cancellationToken), $"contact-{id}");

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> VisitorAsync(
        string visitorId, HttpContext context, PersonalDataExport export, CancellationToken cancellationToken) =>
        File(context, VisitorIds.IsWellFormed(visitorId) ? await export.OfVisitorAsync(visitorId, cancellationToken) : null, "visitor");

    /// <summary>The document as a download; the page of the contact offers the same as readable HTML.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> File(HttpContext context, PersonalDataDocument? document, string name)
    {
        if (document is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "Nothing is stored about this person.");
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(document, PersonalDataExport.Json), "application/json",
            $"personal-data-{name}-{document.ExportedUtc:yyyy-MM-dd}.json");
    }
}
