using Chatflows.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Chatflows.Security;

/// <summary>Decides <see cref="TwoFactorRequirement"/> from the principal's claims alone (no query per request).</summary>
internal sealed class TwoFactorRequirementHandler : AuthorizationHandler<TwoFactorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        var exempt = context.Resource is HttpContext http && http.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is not null;
        if (exempt || !TwoFactorClaims.Owed(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
