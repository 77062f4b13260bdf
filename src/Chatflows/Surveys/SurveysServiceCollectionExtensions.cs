using Chatflows.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Surveys;

internal static class SurveysServiceCollectionExtensions
{
    /// <summary>The services behind the survey library and its results page (O9), and the <c>surveys</c> recipe step.</summary>
    public static IServiceCollection AddChatflowsSurveys(this IServiceCollection services)
    {
        services.AddScoped<SurveyResults>();
        services.AddScoped<SurveyQueries>();
        services.AddScoped<SurveyEditing>();
        services.AddRecipeStep<SurveysStep>();
        return services;
    }
}
