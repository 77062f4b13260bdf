using Chatflows.Areas.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Users;

/// <summary>
/// Staff whose role requires two-factor sign-in and who have not turned it on are refused everywhere by the
/// admin policies (<see cref="Security.TwoFactorRequirement"/>); instead of the access-denied page they are sent to
/// turn it on, and come back where they were going.
/// </summary>
internal static class TwoFactorEnrolment
{
    public const string Page = "/profile/two-factor";

    public static Func<RedirectContext<CookieAuthenticationOptions>, Task> RedirectOrDeny(Func<RedirectContext<CookieAuthenticationOptions>, Task> deny) =>
        context =>
        {
            if (TwoFactorClaims.Owed(context.HttpContext.User))
            {
                var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                var page = context.HttpContext.RequestServices.GetRequiredService<AdminPath>().To(Page);
                context.RedirectUri = $"{page}?returnUrl={Uri.EscapeDataString(back)}";
            }

            return deny(context);
        };
}
