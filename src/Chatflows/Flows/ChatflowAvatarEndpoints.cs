using Chatflows.Channel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chatflows.Flows;

/// <summary>Serves chatflows' own avatars (D1) the way the channel's is served: public, fingerprinted, cached for a year.</summary>
public static class ChatflowAvatarEndpoints
{
    public static IEndpointRouteBuilder MapChatflowAvatars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ChatflowAvatars.PathPrefix + "{file}", GetAsync).WithName("GetChatflowAvatar").ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        string file, HttpContext context, ChatflowAvatars avatars, CancellationToken cancellationToken) =>
        await avatars.FindAsync(file, cancellationToken) is { } avatar
            ? AvatarResponse.Serve(context, avatar.ContentType, avatar.Content)
            : TypedResults.NotFound();
}
