using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Channel;

public static class ChannelServiceCollectionExtensions
{
    /// <summary>The channel set-up's services (W1–W9): the avatar store and the languages the channel's messages need.</summary>
    public static IServiceCollection AddChatflowsChannel(this IServiceCollection services)
    {
        services.AddScoped<ChannelAvatars>();
        services.AddScoped<ChannelLanguages>();
        return services;
    }
}
