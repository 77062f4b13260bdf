using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Builder;

public static class BuilderServiceCollectionExtensions
{
    /// <summary>The bot builder (B1–B7): form mapping, pick lists and the check of the ids they fill in.</summary>
    public static IServiceCollection AddChatflowsBuilder(this IServiceCollection services)
    {
        services.AddSingleton<BuilderForm>();

        // The builder's pick lists and the publish check of the ids they fill in (B2, C3, C4).
        services.AddScoped<PickLists.PickListQueries>();
        services.AddScoped<Core.Ports.IReferenceLookup, PickLists.ReferenceLookup>();
        services.AddScoped<Core.References.ReferenceCheck>();
        services.AddScoped<PickLists.ReferenceUsage>();
        return services;
    }
}
