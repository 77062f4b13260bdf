using System.ComponentModel.DataAnnotations;
using Chatflows.Analytics;
using Chatflows.Areas.Admin;
using Chatflows.Builder;
using Chatflows.Channel;
using Chatflows.Contacts;
using Chatflows.Dashboard;
using Chatflows.Flows;
using Chatflows.Health;
using Chatflows.Inbox;
using Chatflows.KnowledgeBase;
using Chatflows.Live;
using Chatflows.Mail;
using Chatflows.Meetings;
using Chatflows.Privacy;
using Chatflows.Recipes;
using Chatflows.SampleData;
using Chatflows.Security;
using Chatflows.Setup;
using Chatflows.Storage;
using Chatflows.Surveys;
using Chatflows.Tickets;
using Chatflows.Users;
using Chatflows.Visitors;
using Chatflows.Widget;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Chatflows;

/// <summary>The module's only wiring: <c>services.AddChatflows()</c> and <c>app.MapChatflows()</c>.</summary>
public static class ChatflowsModule
{
    /// <summary>Adds storage, sign-in, permissions, recipes and the admin, configured from <c>Chatflows:*</c>.</summary>
    public static IServiceCollection AddChatflows(this IServiceCollection services, Action<ChatflowsOptions>? configure = null)
    {
        var options = services.AddOptions<ChatflowsOptions>().BindConfiguration(ChatflowsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => Validator.TryValidateObject(o.Admin, new ValidationContext(o.Admin), null, validateAllProperties: true),
                "Chatflows:Admin:Path is a lower-case path such as /chatflows-admin.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        // The sample seeder dates the demo's conversations in the past on its own flow only (SampleClock).
        services.AddSingleton(new SampleData.SampleClock(TimeProvider.System));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<SampleData.SampleClock>());
        services.AddProblemDetails();
        services.AddChatflowsStorage();
        services.AddChatflowsIdentity();
        services.AddChatflowsSignInHardening();
        services.AddChatflowsAuthorization();
        services.AddChatflowsAdmin();
        services.AddChatflowsEngine();
        services.AddChatflowsEditing();
        services.AddChatflowsKnowledgeBase();
        services.AddChatflowsKnowledgeArticles();
        services.AddChatflowsVisitors();
        services.AddChatflowsMeetings();
        services.AddChatflowsWidget();
        services.AddChatflowsLive();
        services.AddChatflowsInbox();
        services.AddChatflowsSetup();
        services.AddChatflowsTickets();
        services.AddChatflowsSurveys();
        services.AddChatflowsBuilder();
        services.AddChatflowsChannel();
        services.AddChatflowsAnalytics();
        services.AddChatflowsContacts();
        services.AddChatflowsMail();
        services.AddChatflowsDashboard();
        services.AddChatflowsSampleData();
        services.AddChatflowsSite();
        services.AddHealthChecks().AddDbContextCheck<ChatflowsDbContext>("chatflows-database", tags: [ModulePaths.HealthTag]);
        services.AddTransient<IStartupFilter, ChatflowsRouteCheck>();
        return services;
    }

    /// <summary>
    /// Adds the module's middleware (errors as problem details and security headers on its own paths, the widget
    /// in the site's pages) and maps its endpoints. It works wherever the site calls it: authorization and rate
    /// limits are attached to the module's endpoints, not to the site's pipeline.
    /// </summary>
    public static WebApplication MapChatflows(this WebApplication app)
    {
        var adminPath = app.Services.GetRequiredService<IOptions<ChatflowsOptions>>().Value.Admin.Path;

        // A malformed request (bad JSON, a body over the limit) is the client's error, never a 500. Only on the
        // module's paths: the site's own error page and status pages stay the site's.
        app.UseWhen(c => ModulePaths.IsModulePath(c.Request.Path, adminPath), module => module.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        }));
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Visitors.VisitorRoutes.Prefix), api => api.UseStatusCodePages());
        app.UseWidgetCors();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWidgetInjection();
        app.UseVisitorIdCheck();
        app.UseVisitorBodyLimit();

        app.MapRazorPages();
        var admin = app.MapGroup(adminPath).WithMetadata(ChatflowsEndpoint.Instance);
        admin.MapChatflowsPreview();
        admin.MapInboxEventsApi();
        admin.MapPersonalDataApi();

        // What visitors and monitors reach allows anonymous access explicitly, so a site's fallback policy
        // (sign-in required everywhere) cannot close it; the admin keeps its own policies.
        var visitors = app.MapGroup("").AllowAnonymous().WithGroupName(ModulePaths.OpenApiDocument).WithMetadata(ChatflowsEndpoint.Instance);
        visitors.AddEndpointFilter((context, next) => context.HttpContext.Request.Path.StartsWithSegments(Visitors.VisitorRoutes.Prefix)
            ? VisitorRateLimits.AddressFilter.InvokeAsync(context, next)
            : next(context));
        visitors.MapVisitorRoutes();
        visitors.MapChannelAvatars();
        visitors.MapChatflowAvatars();
        visitors.MapWidget();
        visitors.MapMeetingEndpoints();
        visitors.MapMailEndpoints();
        visitors.MapChatflowsAssets();
        visitors.MapOpenApi(ModulePaths.OpenApiPattern);
        visitors.MapHealthChecks(ModulePaths.Health, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ModulePaths.HealthTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return app;
    }

    private static IServiceCollection AddChatflowsSetup(this IServiceCollection services)
    {
        services.AddScoped<RoleSeeder>();
        services.AddScoped<AdministratorSeeder>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<RecipeFiles>();
        services.AddScoped<Channel.ChannelSettingsStore>();
        services.AddRecipeStep<Recipes.Steps.ChannelStep>();
        services.AddRecipeStep<Recipes.Steps.UsersStep>();
        services.AddRecipeStep<Recipes.Steps.ChatflowsStep>();
        services.AddRecipeStep<Recipes.Steps.KnowledgeBaseStep>();
        services.AddHostedService<ChatflowsSetup>();
        return services;
    }
}
