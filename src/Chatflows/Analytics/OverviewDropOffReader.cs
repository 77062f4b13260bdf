using System.Security.Claims;
using Chatflows.Security;
using Microsoft.AspNetCore.Authorization;

namespace Chatflows.Analytics;

/// <summary>
/// Reads the overview graph's drop-off for users allowed to see analytics; the builder itself needs
/// only ManageChatflows, so an editor without ViewAnalytics gets the graph without numbers (null).
/// </summary>
public sealed class OverviewDropOffReader(IAuthorizationService authorization, AnalyticsRequestReader reader, DropOffAnalytics dropOff)
{
    public async Task<OverviewDropOff?> ReadAsync(ClaimsPrincipal user, string chatflowId, string? from, string? to, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Permissions.ViewAnalytics)).Succeeded)
        {
            return null;
        }

        var filter = await reader.ReadAsync(chatflowId, from, to, cancellationToken);
        if (filter.Query is not { } query)
        {
            return new OverviewDropOff(filter, new Dictionary<string, ActionDropOff>());
        }

        var rows = await dropOff.GetAsync(chatflowId, query.Start, query.End, cancellationToken) ?? [];
        return new OverviewDropOff(filter, rows.Where(r => !r.Removed).ToDictionary(r => r.ActionId, StringComparer.Ordinal));
    }
}
