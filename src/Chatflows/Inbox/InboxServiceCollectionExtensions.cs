using Chatflows.Recipes;
using Chatflows.Recipes.Steps;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Inbox;

internal static class InboxServiceCollectionExtensions
{
    public static IServiceCollection AddChatflowsInbox(this IServiceCollection services)
    {
        services.AddScoped<InboxQueries>();
        services.AddScoped<InboxActions>();
        services.AddSingleton<StaffStreamCheck>();
        services.AddScoped<TeamDirectory>();
        services.AddScoped<AgentAvailability>();
        services.AddRecipeStep<TeamsStep>();
        return services;
    }
}
