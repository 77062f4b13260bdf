using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Surveys;

internal static class SurveysServiceCollectionExtensions
{
    /// <summary>The services behind the survey results page (O9).</summary>
    public static IServiceCollection AddChatflowsSurveys(this IServiceCollection services)
    {
        services.AddScoped<SurveyResults>();
        return services;
    }
}
