using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows.Users;

/// <summary>
/// ASP.NET Core makes a site's only authentication scheme its default. Adding the module's cookie would make it two
/// and silently take that default away, so the site's single scheme is named as the default here instead.
/// </summary>
internal sealed class HostDefaultScheme : IPostConfigureOptions<AuthenticationOptions>
{
    public void PostConfigure(string? name, AuthenticationOptions options)
    {
        if (options.DefaultScheme is not null)
        {
            return;
        }

        var hostSchemes = options.Schemes.Where(s => s.Name is not ChatflowsAuthentication.Scheme and not ChatflowsAuthentication.TwoFactorScheme).Take(2).ToList();
        if (hostSchemes.Count == 1)
        {
            options.DefaultScheme = hostSchemes[0].Name;
        }
    }
}
