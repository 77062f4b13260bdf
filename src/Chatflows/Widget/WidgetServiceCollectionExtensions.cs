using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Widget;

internal static class WidgetServiceCollectionExtensions
{
    public static IServiceCollection AddChatflowsWidget(this IServiceCollection services)
    {
        services.AddOptions<WidgetInjectionOptions>().BindConfiguration("Chatflows:Widget").ValidateOnStart();
        services.AddSingleton<WidgetAssets>();
        services.AddSingleton<WidgetTexts>();
        services.AddSingleton<PageTargetingCache>();
        services.AddSingleton<WidgetTagsTemplate>();
        services.AddWidgetCors();
        return services;
    }

    public static IApplicationBuilder UseWidgetInjection(this IApplicationBuilder app) => app.UseMiddleware<WidgetInjectionMiddleware>();
}
