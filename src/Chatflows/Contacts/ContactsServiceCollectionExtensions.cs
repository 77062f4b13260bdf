using Chatflows.Privacy;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Contacts;

internal static class ContactsServiceCollectionExtensions
{
    public static IServiceCollection AddChatflowsContacts(this IServiceCollection services)
    {
        services.AddScoped<ContactQueries>();
        services.AddScoped<ContactEditor>();
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<PersonalDataErasure>();
        return services;
    }

    public static IEndpointRouteBuilder MapChatflowsContacts(this IEndpointRouteBuilder endpoints) => endpoints.MapPersonalDataApi();
}
