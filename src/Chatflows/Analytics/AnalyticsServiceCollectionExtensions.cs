using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>The analytics queries (P4), scoped like the DbContext they read.</summary>
    public static IServiceCollection AddChatflowsAnalytics(this IServiceCollection services)
    {
        services.AddScoped<AnalyticsReports>();
        services.AddScoped<DropOffAnalytics>();
        services.AddScoped<AnalyticsRequestReader>();
        services.AddScoped<OverviewDropOffReader>();
        services.AddScoped<ChatflowTrends>();
        return services;
    }
}
