using Chatflows.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tickets;

internal static class TicketsServiceCollectionExtensions
{
    /// <summary>Pipelines, the assignment rule (W4) and the services behind the tickets admin (P3).</summary>
    public static IServiceCollection AddChatflowsTickets(this IServiceCollection services)
    {
        services.AddScoped<TicketPipelines>();
        services.AddScoped<TicketAssignmentStore>();
        services.AddScoped<TicketAssigner>();
        services.AddScoped<TicketQueries>();
        services.AddScoped<TicketEditor>();
        services.AddScoped<ConversationTickets>();
        services.AddRecipeStep<TicketsStep>();
        return services;
    }
}
