using Microsoft.AspNetCore.Authorization;
using Chatflows.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Security;

internal static class AuthorizationServiceCollectionExtensions
{
    /// <summary>
    /// One policy per permission. Each names the Identity cookie explicitly, so the module works in a
    /// host whose default authentication scheme is something else.
    /// </summary>
    public static IServiceCollection AddChatflowsAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Permissions.AccessAdmin, policy => policy
            .AddAuthenticationSchemes(ChatflowsAuthentication.Scheme)
            .RequireClaim(Permissions.ClaimType));

        foreach (var permission in Permissions.All)
        {
            services.AddAuthorizationBuilder().AddPolicy(permission, policy => policy
                .AddAuthenticationSchemes(ChatflowsAuthentication.Scheme)
                .RequireClaim(Permissions.ClaimType, permission));
        }

        return services;
    }
}
