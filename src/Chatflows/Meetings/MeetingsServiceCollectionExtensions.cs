using Chatflows.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Meetings;

internal static class MeetingsServiceCollectionExtensions
{
    /// <summary>Meeting links (B2): calendars, booking, the recipe step. The scheduler port is registered with the engine.</summary>
    public static IServiceCollection AddChatflowsMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingCalendar>();
        services.AddScoped<MeetingBooker>();
        services.AddScoped<MeetingAdministration>();
        services.AddScoped<MeetingsAccess>();
        services.AddScoped<MeetingQueries>();
        services.AddScoped<VisitorMeetingActions>();
        services.AddRecipeStep<MeetingsStep>();
        return services;
    }
}
