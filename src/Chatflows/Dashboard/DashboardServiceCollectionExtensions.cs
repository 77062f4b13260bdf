using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    /// <summary>What the admin's first page reads: the agent's work and the set-up steps (the trends are analytics').</summary>
    public static IServiceCollection AddChatflowsDashboard(this IServiceCollection services)
    {
        services.AddScoped<AgentWorkQueries>();
        services.AddScoped<SetupChecklist>();
        return services;
    }
}
