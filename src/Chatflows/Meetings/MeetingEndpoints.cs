using System.Text;
using Chatflows.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Chatflows.Meetings;

/// <summary>The visitor's calendar file; the manage pages themselves are Razor Pages (Admin area, anonymous).</summary>
public static class MeetingEndpoints
{
    public static IEndpointRouteBuilder MapMeetingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{MeetingLinks.Prefix}/{{token}}/invitation.ics", InvitationAsync).WithName("MeetingInvitation").ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> InvitationAsync(
        string token, HttpContext context, ChatflowsDbContext db, Security.SiteAddress site, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, token, cancellationToken) is not { } found)
        {
            return TypedResults.NotFound();
        }

        // The configured public address, not the Host header: a crafted Host would otherwise go into the calendar.
        var manage = new Uri(site.Absolute(MeetingLinks.Manage(token)));
        var lineage = await MeetingLineage.OfAsync(db, found.Meeting, cancellationToken);
        var ics = MeetingInvitation.Build(found.Meeting, lineage, found.HostName, found.HostEmail, site.HostName, manage);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), MeetingInvitation.ContentType, $"{found.Meeting.Reference}.ics");
    }

    /// <summary>A meeting by its manage token, with its host; null for a malformed or unknown token.</summary>
    public static async Task<MeetingWithHost?> FindAsync(ChatflowsDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (!MeetingTokens.IsWellFormed(token))
        {
            return null;
        }

        var hash = MeetingTokens.Hash(token!);
        return await (
            from meeting in db.Meetings.AsNoTracking()
            join user in db.Users on meeting.HostUserId equals user.Id
            where meeting.TokenHash == hash
            select new MeetingWithHost(meeting, user.DisplayName, user.Email)).SingleOrDefaultAsync(cancellationToken);
    }
}
