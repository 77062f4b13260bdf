using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatflows.Recipes;

public static class RecipeServiceCollectionExtensions
{
    /// <summary>Adds a recipe step kind, so recipes may use its <c>name</c>.</summary>
    public static IServiceCollection AddRecipeStep<TStep>(this IServiceCollection services)
        where TStep : class, IRecipeStep
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStep, TStep>());
        return services;
    }
}
