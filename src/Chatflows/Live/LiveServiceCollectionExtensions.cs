using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chatflows.Live;

internal static class LiveServiceCollectionExtensions
{
    /// <summary>The configuration key whose Redis connection string switches the bus to Redis pub/sub.</summary>
    public const string RedisKey = "Chatflows:Redis";

    public static IServiceCollection AddChatflowsLive(this IServiceCollection services)
    {
        services.AddOptions<LiveOptions>().BindConfiguration("Chatflows:Live");
        services.AddSingleton<LocalLiveHub>();
        services.AddSingleton<ILiveEventBus>(provider =>
            provider.GetRequiredService<IConfiguration>()[RedisKey] is { Length: > 0 } redis
                ? new RedisLiveEventBus(provider.GetRequiredService<LocalLiveHub>(), redis, provider.GetRequiredService<ILogger<RedisLiveEventBus>>())
                : new InProcessLiveEventBus(provider.GetRequiredService<LocalLiveHub>()));
        services.AddSingleton<TypingGate>();
        services.AddSingleton<ConversationEvents>();
        services.AddSingleton<StreamTokens>();
        return services;
    }
}
