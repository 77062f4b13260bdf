using Chatflows.Core.Engine;
using Chatflows.Core.Flows;
using Chatflows.Core.Ports;

namespace Chatflows.Core.References;

/// <summary>
/// Findings for ids a chatflow names that no longer exist (B2, C3, C4): a warning on a draft, an error at
/// publish, where visitors would be handed to a team or booked into a meeting type that is gone. Contact
/// properties stay warnings: a contact may carry a property the channel's list does not define.
/// Knowledge bases are left to <see cref="FlowValidator"/>, which already checks them.
/// </summary>
public sealed class ReferenceCheck(ActionCatalog catalog, IReferenceLookup lookup)
{
    public const string MissingCode = "reference.missing";

    public async Task<IReadOnlyList<FlowFinding>> CheckAsync(Chatflow flow, bool forPublish, CancellationToken cancellationToken)
    {
        List<FlowFinding> findings = [];
        foreach (var reference in FlowReferences.Of(flow, catalog).Where(r => r.Kind != ReferenceKind.KnowledgeBase))
        {
            if (!await lookup.ExistsAsync(reference.Kind, reference.Id, reference.Within, cancellationToken))
            {
                var severity = forPublish && reference.Kind != ReferenceKind.ContactProperty ? FindingSeverity.Error : FindingSeverity.Warning;
                findings.Add(new FlowFinding(reference.ActionId, severity, MissingCode, Message(reference), reference.Field));
            }
        }

        return findings;
    }

    private static string Message(FlowReference reference) => reference.Kind switch
    {
        ReferenceKind.User => $"The user '{reference.Id}' no longer exists or was deactivated. Choose someone else.",
        ReferenceKind.Team => $"The team '{reference.Id}' no longer exists. Choose another team.",
        ReferenceKind.MeetingType => $"The meeting type '{reference.Id}' no longer exists. Choose another meeting type.",
        ReferenceKind.TicketPipeline => $"The ticket pipeline '{reference.Id}' no longer exists. Choose another pipeline.",
        ReferenceKind.TicketStatus => $"The pipeline '{reference.Within ?? "(default)"}' has no status '{reference.Id}' any more. Choose another status.",
        ReferenceKind.Survey => $"The survey '{reference.Id}' no longer exists. Choose another survey or this chatflow's own.",
        ReferenceKind.ContactProperty => $"The contact property '{reference.Id}' is not in the channel's list of contact properties.",
        _ => $"'{reference.Id}' no longer exists.",
    };
}
