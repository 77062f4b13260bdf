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
        services.AddScoped<RetentionSweep>();
        services.AddOptions<PrivacyOptions>().BindConfiguration("Chatflows:Privacy")
            .Validate(o => o.RetentionInterval >= TimeSpan.FromSeconds(1) && o.RetentionBatchSize > 0, "Chatflows:Privacy needs a RetentionInterval of at least a second and a positive RetentionBatchSize.")
            .ValidateOnStart();
        services.AddHostedService<RetentionWorker>();
        return services;
    }
}
