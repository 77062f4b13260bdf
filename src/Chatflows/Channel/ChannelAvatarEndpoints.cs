using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Chatflows.Channel;

/// <summary>Serves the avatar (W2) under a URL that names its content, so it is cached for a year and never stale.</summary>
public static class ChannelAvatarEndpoints
{
    public static IEndpointRouteBuilder MapChannelAvatars(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ChannelAvatars.PathPrefix + "{file}", GetAsync).WithName("GetChannelAvatar").ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(
        string file, HttpContext context, ChannelAvatars avatars, CancellationToken cancellationToken)
    {
        if (await avatars.FindAsync(file, cancellationToken) is not { } avatar)
        {
            return TypedResults.NotFound();
        }

        return AvatarResponse.Serve(context, avatar.ContentType, avatar.Content);
    }
}
