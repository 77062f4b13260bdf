using System.Text.RegularExpressions;
using Chatflows.Security;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Contacts", Permissions.ManageContacts);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/SampleData", Permissions.ManageContacts);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Channel", Permissions.ManageChannel);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Mail", Permissions.ManageChannel);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Analytics", Permissions.ViewAnalytics);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/Meetings", Permissions.AnswerConversations);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/KnowledgeBase", Permissions.ManageKnowledgeBase);
                pages.Conventions.AuthorizeAreaFolder("Admin", "/ChatflowAdmin", Permissions.ManageChatflows).AuthorizeAreaFolder("Admin", "/ChatflowBuilder", Permissions.ManageChatflows).AuthorizeAreaFolder("Admin", "/Audit", Permissions.ManageChatflows);

                // ASP.NET's own binding and annotation messages in the editor's language, on our pages only.
                var words = new AdminFormWords();
                pages.Conventions.AddAreaFolderApplicationModelConvention("Admin", "/", model => model.Filters.Add(words));
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
        services.AddSingleton<AdminPath>();
        services.AddScoped<EditorTexts>();
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<ChatflowsOptions>>((pages, options) =>
            pages.Conventions.AddAreaFolderRouteModelConvention("Admin", "/", model => AdminRoutes(model, options.Value.Admin.Path)));
        return services;
    }

    // /Admin/Account/AccessDenied becomes /admin/account/access-denied, then the admin path replaces its first
    // segment (Chatflows:Admin:Path); route parameters stay as written.
    private static void AdminRoutes(PageRouteModel model, string adminPath)
    {
        foreach (var selector in model.Selectors)
        {
            if (selector.AttributeRouteModel?.Template is { } template)
            {
                var segments = template.TrimStart('/').Split('/')
                    .Select(segment => segment.StartsWith('{') ? segment : PascalBoundary().Replace(segment, "$1-$2").ToLowerInvariant())
                    .ToList();
                if (segments[0] == "admin")
                {
                    segments[0] = adminPath.Trim('/');
                }

                selector.AttributeRouteModel.Template = string.Join('/', segments);
            }
        }
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex PascalBoundary();
}
