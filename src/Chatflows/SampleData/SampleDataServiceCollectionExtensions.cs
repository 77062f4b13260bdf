using Chatflows.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.SampleData;

public static class SampleDataServiceCollectionExtensions
{
    /// <summary>The demo's sample conversations: the recipe step that asks for them, the seeder, the notice and the removal.</summary>
    public static IServiceCollection AddChatflowsSampleData(this IServiceCollection services)
    {
        services.AddScoped<PendingSamples>();
        services.AddRecipeStep<SampleConversationsStep>();
        services.AddSingleton<SampleSeeder>();
        services.AddScoped<SampleDataQueries>();
        services.AddScoped<SampleDataRemoval>();
        return services;
    }
}
