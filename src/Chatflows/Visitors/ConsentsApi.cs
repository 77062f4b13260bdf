using System.Text.RegularExpressions;
using Chatflows.Storage;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chatflows.Visitors;

/// <summary>Visitors' consent answers (O6, O7; contract: docs/api.md), kept as proof of what was agreed to.</summary>
public static partial class ConsentsApi
{
    private static readonly string[] Kinds = ["cookies", "dataProcessing"];

    public static RouteGroupBuilder MapConsentsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/consents", RecordAsync).WithName("RecordConsent").RequireRateLimiting(VisitorRateLimits.Start);
        return api;
    }

    internal static async Task<Results<Created<ConsentResponse>, ValidationProblem>> RecordAsync(
        RecordConsentRequest request, HttpContext context, ChatflowsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Kind is null || !Kinds.Contains(request.Kind, StringComparer.Ordinal))
        {
            errors["kind"] = ["Say which consent this is: cookies or dataProcessing."];
        }

        if (string.IsNullOrWhiteSpace(request.ChatflowId) || request.ChatflowId.Length > 64)
        {
            errors["chatflowId"] = ["Name the chatflow that asked (at most 64 characters)."];
        }

        if (request.Version is null || !VersionShape().IsMatch(request.Version))
        {
            errors["version"] = ["Send the consent version from the widget config (chatflow.consent.version)."];
        }

        if (request.Granted is null)
        {
            errors["granted"] = ["Say whether the visitor agreed (true) or declined (false)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var record = new ConsentRecord
        {
            VisitorId = VisitorIds.Read(context) ?? VisitorIds.New(),
            ChatflowId = request.ChatflowId!,
            Kind = request.Kind!,
            Version = request.Version!,
            Granted = request.Granted!.Value,
            RecordedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Consents.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/chatflows/api/consents/{record.Id}",
            new ConsentResponse(record.Id, record.VisitorId, record.Kind, record.ChatflowId, record.Version, record.Granted, record.RecordedUtc));
    }

    [GeneratedRegex("^[0-9a-f]{6,32}$")]
    private static partial Regex VersionShape();
}
