using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

internal static class DataProtectionServiceCollectionExtensions
{
    public static IServiceCollection AddChatflowsDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddSingleton<IPostConfigureOptions<KeyManagementOptions>, ChatflowsDataProtection>();
        return services;
    }
}
