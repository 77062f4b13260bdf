using System.Security.Claims;
using Chatflows.Security;
using Chatflows.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Inbox;

/// <summary>
/// Whether a signed-in agent may still receive the inbox: the cookie's security stamp still matches (a
/// deactivation or password change renews it), the account can sign in, and the user's current roles grant
/// <c>AnswerConversations</c>. The cookie itself is re-validated only on new requests; a stream is one long request.
/// Each check runs in a scope of its own: the request's context would hand back the user it already tracked.
/// </summary>
internal sealed class StaffStreamCheck(IServiceScopeFactory scopes)
{
    public async Task<bool> StillAllowedAsync(ClaimsPrincipal principal)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ChatflowsUser>>();
        var user = await signIn.ValidateSecurityStampAsync(principal);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            return false;
        }

        var current = await signIn.CreateUserPrincipalAsync(user);
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(current, Permissions.AnswerConversations)).Succeeded;
    }
}
