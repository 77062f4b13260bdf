using Chatflows.Core.Flows;
using Chatflows.Core.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatflows.Core.Engine;

public static class BotActionServiceCollectionExtensions
{
    /// <summary>Adds a bot action to the catalogue (B2). Actions are singletons: take factories, not scoped services.</summary>
    public static IServiceCollection AddBotAction<TAction>(this IServiceCollection services)
        where TAction : class, IBotAction
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotAction, TAction>());
        services.TryAddSingleton<ActionCatalog>();
        services.TryAddSingleton<MessageTemplates>();
        services.TryAddSingleton<FlowRunner>();
        services.TryAddSingleton<FlowValidator>();
        return services;
    }
}
