using System.Text.RegularExpressions;
using Chatflows.Security;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Areas.Admin;

internal static partial class AdminServiceCollectionExtensions
{
    /// <summary>
    /// The admin is Razor Pages in the "Admin" area of this library (a class library's pages are only
    /// found under Pages/ or Areas/{area}/Pages/). Every page needs a permission unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddChatflowsAdmin(this IServiceCollection services)
    {
        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeAreaFolder("Admin", "/", Permissions.AccessAdmin);
                pages.Conventions.AllowAnonymousToAreaFolder("Admin", "/Account");
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Users", Permissions.ManageUsers);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Inbox", Permissions.AnswerConversations);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Teams", Permissions.ManageUsers);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Channel", Permissions.ManageChannel);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Mail", Permissions.ManageChannel);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Analytics", Permissions.ViewAnalytics);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Meetings", Permissions.AnswerConversations).AllowAnonymousToAreaFolder("Admin", "/Meetings/Visitor");
                pages.Conventions.AuthorizeAreaFolder("Admin", "/KnowledgeBase", Permissions.ManageKnowledgeBase);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Chatflows", Permissions.ManageChatflows).AuthorizeAreaFolder("Admin", "/Audit", Permissions.ManageChatflows);
                pages.Conventions.AddAreaFolderRouteModelConvention("Admin", "/", LowercaseRoutes);
            })
            .ConfigureApplicationPartManager(parts =>
            {
                var assembly = typeof(AdminServiceCollectionExtensions).Assembly;
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }
            });
        return services;
    }

    // /Admin/Account/AccessDenied becomes /admin/account/access-denied; route parameters stay as written.
    private static void LowercaseRoutes(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            if (selector.AttributeRouteModel?.Template is { } template)
            {
                selector.AttributeRouteModel.Template = string.Join('/', template.Split('/')
                    .Select(segment => segment.StartsWith('{') ? segment : PascalBoundary().Replace(segment, "$1-$2").ToLowerInvariant()));
            }
        }
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex PascalBoundary();
}
