using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Chatflows.Security;
using Chatflows.Storage;
using Chatflows.Tests.Inbox;
using Chatflows.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Chatflows.Tests.Security;

/// <summary>
/// Every admin page handler and every API endpoint of the module, found in the host's endpoint data sources (so a new
/// one cannot be missed), tried as anonymous, visitor, agent, editor and administrator, each expecting the answer
/// documented below (docs/admin-guide.md "Roles and permissions", docs/api.md).
/// </summary>
public sealed partial class AuthorizationMatrixTests : IAsyncLifetime
{
    private const string Anyone = "anyone";

    // The page a refusal leads to answers 403 to everyone by design.
    private const string RefusalPage = "refusal page";

    // The documented access, first matching prefix wins. A new area of routes fails the matrix until it is added here.
    private static readonly (string Prefix, string Access)[] Documented =
    [
        ("/chatflows/api/", Anyone),
        ("/chatflows/widget/", Anyone),
        ("/chatflows/embed.js", Anyone),
        ("/chatflows/channel/avatar/", Anyone),
        ("/chatflows/chatflow/avatar/", Anyone),
        ("/chatflows/meetings/", Anyone),
        ("/chatflows/mail/", Anyone),
        ("/chatflows/assets/", Anyone),
        ("/chatflows/health", Anyone),
        ("/admin/account/access-denied", RefusalPage),
        ("/admin/account/", Anyone),
        ("/admin/users", Permissions.ManageUsers),
        ("/admin/teams", Permissions.ManageUsers),
        ("/admin/inbox", Permissions.AnswerConversations),
        ("/admin/meetings", Permissions.AnswerConversations),
        ("/admin/channel", Permissions.ManageChannel),
        ("/admin/mail", Permissions.ManageChannel),
        ("/admin/contacts", Permissions.ManageContacts),
        ("/admin/api/personal-data", Permissions.ManageContacts),
        ("/admin/sample-data", Permissions.ManageContacts),
        ("/admin/tickets/assignment", Permissions.ManageChannel),
        ("/admin/tickets/pipeline", Permissions.ManageChannel),
        ("/admin/tickets", Permissions.AnswerConversations),
        ("/admin/analytics", Permissions.ViewAnalytics),
        ("/admin/surveys/library", Permissions.ManageChatflows),
        ("/admin/surveys/create", Permissions.ManageChatflows),
        ("/admin/surveys/edit/", Permissions.ManageChatflows),
        ("/admin/surveys/delete/", Permissions.ManageChatflows),
        ("/admin/surveys", Permissions.ViewAnalytics),
        ("/admin/knowledge-base", Permissions.ManageKnowledgeBase),
        ("/admin/chatflows", Permissions.ManageChatflows),
        ("/admin/audit", Permissions.ManageChatflows),
        ("/admin/profile/", Permissions.AccessAdmin),
        ("/admin", Permissions.AccessAdmin),
    ];

    private static readonly string[] Principals = ["anonymous", "visitor", Roles.Agent, Roles.Editor, Roles.Administrator];

    private ChatflowsFactory _host = null!;
    private readonly Dictionary<string, HttpClient> _clients = [];

    [Fact]
    public async Task Every_endpoint_answers_each_kind_of_user_as_documented()
    {
        var endpoints = await EndpointsAsync();
        List<string> wrong = [];

        foreach (var (method, path, route, isPage) in endpoints)
        {
            var access = Access(route);
            if (access == RefusalPage)
            {
                continue;
            }

            foreach (var principal in Principals)
            {
                var (refused, status) = await RefusedAsync(_clients[principal], method, path, isPage);
                var expected = !Allowed(access, principal);
                if (refused != expected)
                {
                    wrong.Add($"{method} {path} as {principal}: {(refused ? "refused" : "allowed")} ({status}), documented {(expected ? "refused" : "allowed")} ({access})");
                }
            }
        }

        Assert.True(endpoints.Count > 60, $"Only {endpoints.Count} endpoints found: discovery is broken.");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Every_endpoint_of_the_module_has_a_documented_answer()
    {
        var undocumented = (await EndpointsAsync()).Where(e => Access(e.Route) is null).Select(e => $"{e.Method} {e.Route}").ToList();

        Assert.Empty(undocumented);
    }

    [Fact]
    public async Task Audit_entries_about_sign_ins_and_users_are_for_administrators_only()
    {
        var editor = WebUtility.HtmlDecode(await _clients[Roles.Editor].GetStringAsync("/admin/audit"));
        var administrator = WebUtility.HtmlDecode(await _clients[Roles.Administrator].GetStringAsync("/admin/audit"));

        Assert.Contains("signed in as", administrator, StringComparison.Ordinal);
        Assert.Contains("matrix-agent@chatflows.test", administrator, StringComparison.Ordinal);
        Assert.Contains("created the user", administrator, StringComparison.Ordinal);
        Assert.DoesNotContain("signed in as", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("matrix-agent@chatflows.test", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("created the user", editor, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_audit_action_names_the_permission_that_may_read_it()
    {
        var actions = typeof(Chatflows.Audit.AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        var unruled = actions.Where(a => !Chatflows.Audit.AuditVisibility.PermissionFor.ContainsKey(a)).ToList();

        Assert.Empty(unruled);
    }

    [Fact]
    public async Task Every_admin_page_outside_the_root_names_its_permission_or_allows_anonymous()
    {
        var pages = await PagesAsync();
        var unruled = pages
            .Where(p => p.Descriptor.AreaName == "Admin" && p.Descriptor.ViewEnginePath.Count(c => c == '/') > 1)
            // Profile holds each staff member's own settings: every signed-in staff member, by the root's AccessAdmin rule.
            .Where(p => !p.Descriptor.ViewEnginePath.StartsWith("/Profile/", StringComparison.Ordinal))
            .Where(p => !p.Compiled.EndpointMetadata.OfType<IAllowAnonymous>().Any()
                && !p.Compiled.EndpointMetadata.OfType<IAuthorizeData>().Any(a => Permissions.All.Contains(a.Policy ?? "")))
            .Select(p => p.Descriptor.ViewEnginePath)
            .ToList();

        // A new folder under Areas/Admin/Pages without a rule in AddChatflowsAdmin (or an [Authorize] on its pages)
        // would open to anyone with any admin permission.
        Assert.NotEmpty(pages);
        Assert.Empty(unruled);
    }

    // "/admin" is the dashboard alone: a page in a new folder under it must get a rule of its own.
    private static string? Access(string route) =>
        Documented.FirstOrDefault(d => d.Prefix == "/admin"
            ? route.TrimEnd('/') is "/admin" or "/admin/index"
            : route.StartsWith(d.Prefix, StringComparison.OrdinalIgnoreCase)).Access;

    private static bool Allowed(string? access, string principal) => access switch
    {
        Anyone => true,
        Permissions.AccessAdmin => principal is Roles.Agent or Roles.Editor or Roles.Administrator,
        { } permission => Permissions.DefaultGrants.TryGetValue(principal, out var granted) && granted.Contains(permission),
        null => false,
    };

    private static async Task<(bool Refused, string Status)> RefusedAsync(HttpClient client, string method, string path, bool isPage)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method != "GET")
        {
            // Pages take forms, APIs JSON: a body of the wrong type would be refused before any permission check.
            request.Content = isPage ? new FormUrlEncodedContent([]) : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token); // streams: headers only
        var location = response.Headers.Location?.OriginalString ?? "";
        var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect
                && (location.Contains("/admin/account/login", StringComparison.OrdinalIgnoreCase) || location.Contains("/admin/account/access-denied", StringComparison.OrdinalIgnoreCase)));
        return (refused, $"{(int)response.StatusCode} {location}".Trim());
    }

    /// <summary>(method, concrete path, route template, is a page) for every minimal-API endpoint of the module and every handler of every module page.</summary>
    private async Task<List<(string Method, string Path, string Route, bool IsPage)>> EndpointsAsync()
    {
        List<(string, string, string, bool)> found = [];
        var module = typeof(ChatflowsModule).Assembly;
        foreach (var endpoint in _host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<MethodInfo>()?.DeclaringType?.Assembly != module || endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            {
                continue;
            }

            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                found.Add((method, Fill(route), route, false));
            }
        }

        foreach (var (descriptor, compiled) in await PagesAsync())
        {
            var route = "/" + descriptor.AttributeRouteInfo!.Template!.TrimStart('/');
            found.Add(("GET", Fill(route), route, true));
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod == "POST"))
            {
                found.Add(("POST", Fill(route) + (handler.Name is { } name ? $"?handler={name}" : ""), route, true));
            }
        }

        return found;
    }

    private async Task<List<(PageActionDescriptor Descriptor, CompiledPageActionDescriptor Compiled)>> PagesAsync()
    {
        var loader = _host.Services.GetRequiredService<PageLoader>();
        List<(PageActionDescriptor, CompiledPageActionDescriptor)> pages = [];
        foreach (var endpoint in _host.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints))
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor
                && descriptor.RelativePath.StartsWith("/Areas/Admin/", StringComparison.Ordinal)
                && descriptor.AttributeRouteInfo?.Template is not null)
            {
                pages.Add((descriptor, await loader.LoadAsync(descriptor, endpoint.Metadata)));
            }
        }

        return pages;
    }

    // Route parameters get a value that exists nowhere: the answer is then about access, not about data.
    private static string Fill(string route) => Parameter().Replace(route, "1").Replace("//", "/", StringComparison.Ordinal);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    public async Task InitializeAsync()
    {
        _host = await ChatflowsFactory.StartAsync(DatabaseProvider.Sqlite);
        _clients["anonymous"] = NewClient();
        var visitor = VisitorClient.For(_host);
        await visitor.StartAsync();
        _clients["visitor"] = NewClient();
        _clients["visitor"].DefaultRequestHeaders.Add("X-Chatflows-Visitor", visitor.VisitorId);
        foreach (var role in new[] { Roles.Agent, Roles.Editor })
        {
            var email = $"matrix-{role.ToLowerInvariant()}@chatflows.test";
            await InboxAgents.CreateAsync(_host, email, $"Matrix {role}", role: role);
            _clients[role] = (await InboxAgents.SignInAsync(_host, email)).Http;
        }

        var admin = AdminClient.For(_host);
        await admin.SignInAsync(ChatflowsFactory.AdminEmail, ChatflowsFactory.AdminPassword);
        _clients[Roles.Administrator] = admin.Http;
    }

    private HttpClient NewClient() => _host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
