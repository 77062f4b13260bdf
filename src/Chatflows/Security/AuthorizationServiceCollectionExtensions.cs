using Microsoft.AspNetCore.Authorization;
using Chatflows.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Chatflows.Security;

internal static class AuthorizationServiceCollectionExtensions
{
    /// <summary>
    /// One policy per permission. Each names the Identity cookie explicitly, so the module works in a
    /// host whose default authentication scheme is something else. Each also holds the <see cref="TwoFactorRequirement"/>.
    /// </summary>
    public static IServiceCollection AddChatflowsAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Permissions.AccessAdmin, policy => policy
            .AddAuthenticationSchemes(ChatflowsAuthentication.Scheme)
            .RequireClaim(Permissions.ClaimType)
            .AddRequirements(new TwoFactorRequirement()));

        foreach (var permission in Permissions.All)
        {
            services.AddAuthorizationBuilder().AddPolicy(permission, policy => policy
                .AddAuthenticationSchemes(ChatflowsAuthentication.Scheme)
                .RequireClaim(Permissions.ClaimType, permission)
                .AddRequirements(new TwoFactorRequirement()));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, TwoFactorRequirementHandler>());

        return services;
    }
}
