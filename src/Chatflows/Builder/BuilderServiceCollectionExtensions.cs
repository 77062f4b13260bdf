using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Builder;

public static class BuilderServiceCollectionExtensions
{
    /// <summary>The bot builder (B1–B7): form mapping and the preview's draft conversations.</summary>
    public static IServiceCollection AddChatflowsBuilder(this IServiceCollection services)
    {
        services.AddSingleton<BuilderForm>();
        return services;
    }
}
