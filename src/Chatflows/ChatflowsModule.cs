using Chatflows.Analytics;
using Chatflows.Areas.Admin;
using Chatflows.Builder;
using Chatflows.Channel;
using Chatflows.Flows;
using Chatflows.Health;
using Chatflows.Inbox;
using Chatflows.KnowledgeBase;
using Chatflows.Live;
using Chatflows.Meetings;
using Chatflows.Recipes;
using Chatflows.Security;
using Chatflows.Setup;
using Chatflows.Storage;
using Chatflows.Surveys;
using Chatflows.Tickets;
using Chatflows.Users;
using Chatflows.Visitors;
using Chatflows.Widget;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace Chatflows;

/// <summary>The module's only wiring: <c>services.AddChatflows()</c> and <c>app.MapChatflows()</c>.</summary>
public static class ChatflowsModule
{
    /// <summary>Adds storage, sign-in, permissions, recipes and the admin, configured from <c>Chatflows:*</c>.</summary>
    public static IServiceCollection AddChatflows(this IServiceCollection services, Action<ChatflowsOptions>? configure = null)
    {
        var options = services.AddOptions<ChatflowsOptions>().BindConfiguration(ChatflowsOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddSingleton(TimeProvider.System);
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
        services.AddHealthChecks().AddDbContextCheck<ChatflowsDbContext>("database");
        return services;
    }

    /// <summary>
    /// Adds the module's middleware (errors as problem details, security headers, sign-in) and maps its
    /// endpoints. Call it after the host's own middleware and before the host's fallback routes.
    /// </summary>
    public static WebApplication MapChatflows(this WebApplication app)
    {
        // A malformed request (bad JSON, a body over the limit) is the client's error, never a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/chatflows/api"), api => api.UseStatusCodePages());
        app.UseWidgetCors();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWidgetInjection();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(ChatflowsModule).Assembly, "Assets"),
            RequestPath = "/chatflows/assets",
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseVisitorBodyLimit();

        app.MapRazorPages();
        app.MapVisitorApi();
        app.MapChatflowsPreview();
        app.MapChannelAvatars();
        app.MapWidget();
        app.MapChatflowsLive();
        app.MapChatflowsInbox();
        app.MapSurveysApi();
        app.MapMeetingEndpoints();
        app.MapOpenApi();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
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
