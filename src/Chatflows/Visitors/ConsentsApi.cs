using System.Text.RegularExpressions;
using Chatflows.Core.Flows;
using Chatflows.Storage;
using Chatflows.Visitors.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Visitors;

/// <summary>Visitors' consent answers (O6, O7; contract: docs/api.md), kept as proof of what was agreed to.</summary>
public static partial class ConsentsApi
{
    private static readonly string[] Kinds = [ConsentKinds.Cookies, ConsentKinds.DataProcessing];

    internal static async Task<Results<Created<ConsentResponse>, ValidationProblem>> RecordAsync(
        RecordConsentRequest request, HttpContext context, ChatflowsDbContext db, TurnBatcher writer, TimeProvider time, Core.Translations.FlowTexts texts,
        CancellationToken cancellationToken)
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

        // A stored answer must prove which words the visitor saw: only the live texts' version is accepted, in any of the chatflow's languages (L1).
        var published = await db.Chatflows.AsNoTracking().Where(c => c.Id == request.ChatflowId && c.PublishedJson != null)
            .Select(c => c.PublishedJson!).SingleOrDefaultAsync(cancellationToken);
        if (published is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["chatflowId"] = [$"There is no published chatflow '{request.ChatflowId}'."] });
        }

        var flow = FlowJson.Deserialize(published);
        if (!flow.Languages.Any(l => texts.Localize(flow, l) is var shown && shown.Consent.ToWidget(shown.Language).Version == request.Version))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["version"] = ["The consent texts have changed since the widget loaded them: show the current texts (chatflow.consent.version) and ask again."],
            });
        }

        var visitorId = VisitorIds.Read(context) ?? VisitorIds.New();
        var now = time.GetUtcNow().UtcDateTime;
        // Written by the node's one writer, in its next round beside the visitor turns: on SQLite a commit of its own
        // would wait for the writer's lock, and the writer for it.
        var record = await writer.WriteAsync((services, _) =>
        {
            var record = new ConsentRecord
            {
                VisitorId = visitorId,
                ChatflowId = request.ChatflowId!,
                Kind = request.Kind!,
                Version = request.Version!,
                Granted = request.Granted!.Value,
                RecordedUtc = now,
            };
            services.GetRequiredService<ChatflowsDbContext>().Consents.Add(record);
            return Task.FromResult(record);
        }, cancellationToken);

        // O6 "on exit intent": the chat already runs when the visitor says yes, so the yes itself sets the cookie.
        if (record.Kind == ConsentKinds.Cookies && record.Granted)
        {
            VisitorIds.Remember(context, record.VisitorId);
        }

        return TypedResults.Created($"{VisitorRoutes.Prefix}/consents/{record.Id}",
            new ConsentResponse(record.Id, VisitorIds.Issue(context, record.VisitorId), record.Kind, record.ChatflowId, record.Version, record.Granted, record.RecordedUtc));
    }

    [GeneratedRegex("^[0-9a-f]{6,32}$")]
    private static partial Regex VersionShape();
}
