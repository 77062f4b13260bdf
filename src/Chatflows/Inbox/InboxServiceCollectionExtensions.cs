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
        services.AddOptions<MessageSearchOptions>().BindConfiguration("Chatflows:MessageSearch")
            .Validate(o => o.BatchSize > 0, "Chatflows:MessageSearch:BatchSize must be at least 1.")
            .ValidateOnStart();
        services.AddHostedService<MessageSearchFollower>();
        return services;
    }
}
